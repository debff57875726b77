/**
 * Hover text: what a hook annotation key means (the engine's ANNOTATION_DOCS) and, on a marker, the
 * catalogue entry of its code (title, why, Velero source, fix), as the designer's reference shows.
 */
import {
  ANNOTATION_DOCS,
  diagnosticCatalogue,
  ExecAnnotation,
  INIT_HOOK_PREFIX,
  POST_HOOK_PREFIX,
  type DiagnosticEntry,
  type VeleroVersion,
} from '../index.ts';
import type { Diagnostic } from 'vscode-languageserver/node';
import { convertSeverity } from './convert.ts';

/** An annotation key on a line: the key and its character span (end exclusive), quotes excluded. */
export interface KeyAt {
  key: string;
  start: number;
  end: number;
}

// A mapping key (YAML plain or quoted, or a JSON member name) under one of the hook prefixes, or
// the file-system backup key whose restore-wait container the hooks' init containers follow.
const KEY =
  /(["']?)((?:init|post)\.hook\.restore\.velero\.io\/[^\s"':,{}]*|backup\.velero\.io\/backup-volumes)\1\s*:/g;

/** The hook annotation key under `character` of a line, if the line holds one there as a key. */
export function findAnnotationKeyAt(line: string, character: number): KeyAt | null {
  for (const m of line.matchAll(KEY)) {
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (character >= start && character <= end) return { key: m[2]!, start, end };
  }
  return null;
}

const KNOWN_UNDER = (prefix: string) =>
  Object.keys(ANNOTATION_DOCS)
    .filter((k) => k.startsWith(prefix))
    .map((k) => `\`${k.slice(prefix.length)}\``)
    .join(', ');

/** Markdown for an annotation key: its meaning, or that Velero reads no such key, and what the chosen release ignores. */
export function renderAnnotationHover(key: string, version: VeleroVersion): string {
  const doc = ANNOTATION_DOCS[key];
  if (doc === undefined) {
    const prefix = key.startsWith(INIT_HOOK_PREFIX) ? INIT_HOOK_PREFIX : POST_HOOK_PREFIX;
    return (
      `**\`${key}\`**: Velero reads no such key, so it has no effect. Under \`${prefix}\` it reads ` +
      `${KNOWN_UNDER(prefix)}.`
    );
  }
  const lines = [`**\`${key}\`** (Velero restore-hook annotation, read on the pod)`, '', doc];
  if (key === ExecAnnotation.waitForReady && !version.behaviours.waitForReady) {
    lines.push(
      '',
      `**Velero ${version.name} ignores this key**: wait-for-ready arrived in 1.13.0, so the hook runs as soon as the container is Running.`,
    );
  }
  return lines.join('\n');
}

const entries = new Map<string, DiagnosticEntry>(diagnosticCatalogue.map((e) => [e.code, e]));

/** Markdown for a published marker: its message, then the catalogue entry of its code. */
export function renderDiagnosticHover(d: Diagnostic): string {
  const code = String(d.code);
  const e = entries.get(code);
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  const head = `**${convertSeverity(d.severity)} \`${code}\`**: ${message}`;
  if (!e) return head;
  return [
    head,
    '',
    `**${e.title}**`,
    '',
    `**Why.** ${e.why}`,
    '',
    `**Velero source.** ${e.source}`,
    '',
    `**Fix.** ${e.fix}`,
  ].join('\n');
}
