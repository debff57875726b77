import { defineEntry } from '../diagnostics/diagnostic.ts';
import { countUtf8Bytes } from '../go/strings.ts';
import { stringifyKey, resolveAlias } from '../yaml/tree.ts';
import { listMetadataBlocks } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { findNode, readPlainValue } from './utils/textEdits.ts';
import { copyWith } from '../model/objects.ts';

/** apimachinery's TotalAnnotationSizeLimitB: 256 KiB for all keys and values together. */
const LIMIT = 256 * 1024;

/**
 * True when a plain document's annotations surely fit: no mapping at all, or a mapping whose values
 * are all strings (its keys' and scalars' texts) short enough that even 3 bytes a character fit.
 * False: count on the nodes, as below.
 */
function surelyFits(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  let chars = 0;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') return false;
    chars += key.length + item.length;
  }
  return chars * 3 <= LIMIT;
}

/**
 * An annotations map whose keys and values together exceed 256 KiB of UTF-8, as
 * k8s.io/apimachinery ValidateAnnotationsSize counts them: the API server rejects the object.
 */
export const annotationsTooLarge = defineRule({
  entry: defineEntry({
    code: 'annotations-too-large',
    title: 'Annotations over 256 KiB in total',
    severity: 'error',
    why:
      'The API server adds up the UTF-8 bytes of every annotation key and value of an object and rejects it when the ' +
      'total exceeds 262144 bytes (256 KiB). Long hook commands (whole scripts in an annotation) and ' +
      'kubectl.kubernetes.io/last-applied-configuration, which copies the object once more, reach it quickly.',
    source:
      'k8s.io/apimachinery pkg/api/validation/objectmeta.go ValidateAnnotationsSize (TotalAnnotationSizeLimitB)',
    fix: 'Move long scripts into the image or a ConfigMap mounted by a Restore spec init hook, and keep annotations short; use kubectl apply --server-side to avoid last-applied-configuration.',
    message: (d: { where: string; bytes: number; limit: number }) =>
      `${d.where}: the annotations total ${d.bytes} bytes, over the ${d.limit}-byte limit: the API server rejects the object (metadata.annotations: Too long)`,
  }),
  check(ctx, report) {
    for (const block of listMetadataBlocks(ctx)) {
      const at = copyWith(block.at, {
        path: [...block.at.path, 'annotations'],
        part: 'key' as const,
      });
      const plain = readPlainValue(ctx, at);
      if (plain && surelyFits(plain.value)) continue;
      const map = resolveAlias(findNode(ctx, at));
      if (map?.kind !== 'map') continue;
      // A UTF-16 unit is at most 3 UTF-8 bytes: most maps cannot reach the limit.
      let chars = 0;
      for (const pair of map.pairs) {
        const value = resolveAlias(pair.value);
        chars += stringifyKey(pair.key).length + (value?.kind === 'scalar' ? value.text.length : 0);
      }
      if (chars * 3 <= LIMIT) continue;
      let bytes = 0;
      for (const pair of map.pairs) {
        const value = resolveAlias(pair.value);
        bytes +=
          countUtf8Bytes(stringifyKey(pair.key)) +
          (value?.kind === 'scalar' && value.value !== null ? countUtf8Bytes(value.text) : 0);
      }
      if (bytes > LIMIT) report(at, { where: block.where, bytes, limit: LIMIT });
    }
  },
});
