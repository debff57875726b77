import { defineEntry } from '../diagnostics/diagnostic.ts';
import { isYaml11OnlyBool } from '../yaml/scalars.ts';
import { stringifyKey, resolveAlias, type YNode } from '../yaml/tree.ts';
import { listMetadataBlocks } from './utils/podHooks.ts';
import { defineRule, type At } from './utils/rule.ts';
import { findNode, readPlainValue, replaceValueFix } from './utils/textEdits.ts';
import { copyWith } from '../model/objects.ts';

type ValueType = 'bool' | 'number' | 'null' | 'object' | 'array';

function typeOf(node: YNode): { type: ValueType; yaml11: boolean } | null {
  if (node.kind === 'map') return { type: 'object', yaml11: false };
  if (node.kind === 'seq') return { type: 'array', yaml11: false };
  if (node.kind !== 'scalar') return null;
  const v = node.value;
  if (typeof v === 'string')
    return node.style === 'plain' && !node.tag && isYaml11OnlyBool(v)
      ? { type: 'bool', yaml11: true }
      : null;
  if (v === null) return { type: 'null', yaml11: false };
  return { type: typeof v === 'boolean' ? 'bool' : 'number', yaml11: false };
}

/**
 * True when a plain document's map (its value) holds only strings no parser reads otherwise, or
 * is no mapping: nothing to report there. False: look at the nodes (style and tag decide).
 */
function onlyStrings(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  return Object.values(value).every((v) => typeof v === 'string' && !isYaml11OnlyBool(v));
}

/**
 * An annotation or label whose YAML value is not a string (`true`, `5`, `1.5`, `null`, or a YAML 1.1
 * boolean such as `yes` that kubectl's go-yaml reads as true): ObjectMeta maps are map[string]string.
 */
export const metadataValueNotString = defineRule({
  entry: defineEntry({
    code: 'metadata-value-not-string',
    title: 'Annotation or label value is not a string',
    severity: 'error',
    why:
      'Annotations and labels are maps of strings. kubectl turns YAML into JSON with go-yaml, which reads unquoted ' +
      'true/false, numbers, and the YAML 1.1 words yes/no/on/off/y/n as booleans or numbers, so the API server fails ' +
      'to decode the object ("json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.annotations of ' +
      'type string") and rejects it. Editors that follow YAML 1.2 show yes/no/on/off as strings, hiding the problem. ' +
      'A null value is accepted but stored as an empty string.',
    source:
      'sigs.k8s.io/yaml (go-yaml v2, YAML 1.1 booleans); k8s.io/apimachinery ObjectMeta (map[string]string)',
    fix: 'Quote the value: "true", "5", "yes".',
    message: (d: {
      where: string;
      field: string;
      key: string;
      text: string;
      type: ValueType;
      yaml11: boolean;
    }) =>
      d.type === 'null'
        ? `${d.where}: ${d.field} ${d.key} is null, not a string: the API server stores it as an empty string`
        : `${d.where}: ${d.field} ${d.key} is read by kubectl as ${d.type === 'array' || d.type === 'object' ? 'an' : 'a'} ${d.type}` +
          (d.yaml11
            ? ` (${JSON.stringify(d.text)} is a boolean in YAML 1.1, which kubectl uses)`
            : '') +
          `, not a string: the API server rejects the object (cannot unmarshal ${d.type} into Go struct field ObjectMeta.metadata.${d.field} of type string)`,
  }),
  check(ctx, report) {
    for (const block of listMetadataBlocks(ctx)) {
      for (const field of ['annotations', 'labels']) {
        const mapAt = copyWith(block.at, { path: [...block.at.path, field] });
        const plain = readPlainValue(ctx, mapAt);
        if (plain && onlyStrings(plain.value)) continue;
        const map = resolveAlias(findNode(ctx, mapAt));
        if (map?.kind !== 'map') continue;
        for (const pair of map.pairs) {
          const value = resolveAlias(pair.value);
          const key = stringifyKey(pair.key);
          const found = value ? typeOf(value) : null;
          if (!value || !found || key === '<<') continue;
          const at: At = copyWith(block.at, {
            path: [...block.at.path, field, key],
            part: 'value',
          });
          const text = value.kind === 'scalar' ? value.text : '';
          const data = {
            where: block.where,
            field,
            key,
            text,
            type: found.type,
            yaml11: found.yaml11,
          };
          const fixable = value.kind === 'scalar' && !value.tag && found.type !== 'null';
          report(at, data, {
            ...(found.type === 'null' ? { severity: 'warning' as const } : {}),
            ...(fixable ? { fix: replaceValueFix(`Quote ${JSON.stringify(text)}`, at, text) } : {}),
          });
        }
      }
    }
  },
});
