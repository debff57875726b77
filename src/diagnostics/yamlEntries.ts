import { findDuplicateKeyMerges, type DuplicateMerge } from '../yaml/mergeDuplicate.ts';
import type { ParsedDocument, YamlProblem, YamlProblemKind } from '../yaml/parse.ts';
import type { SourceFile } from '../yaml/source.ts';
import { defineEntry, type Diagnostic, type DiagnosticEntry, type Fix } from './diagnostic.ts';

const source = 'kubectl (sigs.k8s.io/yaml → go-yaml) and the Kubernetes API server';

/** Registry entries for problems found while reading YAML, before any Velero rule runs. */
export const yamlEntries: Record<YamlProblemKind, DiagnosticEntry<{ detail: string }>> = {
  syntax: defineEntry({
    code: 'yaml-syntax',
    title: 'YAML syntax error',
    severity: 'error',
    why: 'The document cannot be parsed, so kubectl cannot send it and the designer cannot read it. Other documents in the same file are still read.',
    source,
    fix: 'Fix the YAML at the position shown (indentation, a missing colon, an unclosed bracket or quote).',
    message: (d) => `YAML syntax error: ${d.detail}`,
  }),
  'too-deep': defineEntry({
    code: 'yaml-too-deep',
    title: 'Nesting too deep',
    severity: 'error',
    why: 'Parsers cap nesting depth to protect against hostile input; no real manifest nests this deep.',
    source,
    fix: 'Flatten the document; a Pod spec never needs more than a few dozen levels.',
    message: (d) => d.detail,
  }),
  'alias-bomb': defineEntry({
    code: 'yaml-alias-bomb',
    title: 'Excessive YAML aliasing',
    severity: 'error',
    why: "Aliases that expand to a huge tree (a 'billion laughs' document) are refused by go-yaml's alias-ratio rule, and so by kubectl. The designer refuses them too, before walking the tree.",
    source: 'go-yaml v3 decode.go (allowedAliasRatio)',
    fix: 'Write the repeated values out, or use far fewer aliases.',
    message: (d) => d.detail,
  }),
  'unknown-alias': defineEntry({
    code: 'yaml-unknown-alias',
    title: 'Alias to an unknown anchor',
    severity: 'error',
    why: 'An alias (*name) must refer to an anchor (&name) defined earlier in the same document.',
    source,
    fix: 'Define the anchor before the alias, or write the value out.',
    message: (d) => d.detail,
  }),
  'duplicate-key': defineEntry({
    code: 'duplicate-key',
    title: 'Duplicate key',
    severity: 'error',
    why: "A key appears twice in one mapping. kubectl's strict decoding rejects the object; tools that accept it keep only the last value, so the first one is silently lost.",
    source: 'sigs.k8s.io/yaml strict decoding; API server field validation (Strict)',
    fix: 'Remove one of the two keys, or merge their values. When both values are block mappings (an exported `annotations:` block pasted under a `metadata:` that already has one), the quick fix moves the later entries into the first mapping and deletes the later key; where both set the same entry, the later value stays, as parsers that accept the file read it today. Scalars, lists and flow mappings get no quick fix: which value was meant cannot be told from the text.',
    message: (d) =>
      `${d.detail}: kubectl rejects this, and parsers that accept it keep only the last value`,
  }),
  'document-too-large': defineEntry({
    code: 'document-too-large',
    title: 'Object over 3 MiB',
    severity: 'error',
    why: 'The API server rejects request bodies over 3 MiB, so this object can never be created.',
    source: 'k8s.io/apiserver (maxRequestBodyBytes)',
    fix: 'Move large data (scripts, config) out of the object: a ConfigMap per file, or an image.',
    message: (d) => d.detail,
  }),
  'document-large': defineEntry({
    code: 'document-large',
    title: 'Object over 1.5 MiB',
    severity: 'warning',
    why: "etcd's default request limit is 1.5 MiB, so an object this large may be refused when stored.",
    source: 'etcd --max-request-bytes (default 1.5 MiB)',
    fix: 'Move large data out of the object.',
    message: (d) => d.detail,
  }),
  'input-too-large': defineEntry({
    code: 'input-too-large',
    title: 'Input over 20 MiB',
    severity: 'error',
    why: 'The designer refuses inputs over 20 MiB before parsing them, to stay responsive.',
    source: 'Restore Hook Designer input limit',
    fix: 'Split the input, or check only the manifests that carry hooks.',
    message: (d) => d.detail,
  }),
};

/** Turns a file's YAML problems into diagnostics. */
export function diagnoseYamlProblems(file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (problem: YamlProblem, document: number, merge?: DuplicateMerge) => {
    const entry = yamlEntries[problem.kind];
    const data = { detail: problem.message };
    const diagnostic: Diagnostic = {
      code: entry.code,
      severity: entry.severity,
      message: entry.message(data),
      data,
      file: file.name,
      document,
      range: file.lines.range(problem.start, problem.end),
      path: [],
    };
    if (problem.relatedStart !== undefined) {
      diagnostic.related = [
        {
          message: 'first defined here',
          file: file.name,
          document,
          range: file.lines.range(problem.relatedStart, problem.relatedEnd ?? problem.relatedStart),
        },
      ];
    }
    if (merge) diagnostic.fix = mergeFix(file, merge);
    out.push(diagnostic);
  };
  for (const p of file.problems) push(p, 0);
  for (const doc of file.documents) {
    const merges = mergesOf(file, doc);
    for (const p of doc.problems) push(p, doc.index, merges?.get(p.start));
  }
  return out;
}

function mergesOf(file: SourceFile, doc: ParsedDocument): Map<number, DuplicateMerge> | null {
  return doc.problems.some((p) => p.kind === 'duplicate-key')
    ? findDuplicateKeyMerges(file.text, doc)
    : null;
}

/** The quick fix of a duplicate key whose two values are block mappings. */
function mergeFix(file: SourceFile, merge: DuplicateMerge): Fix {
  const kept = merge.overridden.map((k) => JSON.stringify(k)).join(', ');
  const note =
    merge.overridden.length === 0 ? '' : ` (keeps the later value of ${kept}, the one read today)`;
  return {
    title: `Merge the two ${JSON.stringify(merge.key)} mappings${note}`,
    file: file.name,
    edits: [
      {
        range: file.lines.range(merge.change.start, merge.change.end),
        text: merge.change.text,
      },
    ],
  };
}
