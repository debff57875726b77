import { parseYamlStream, type ParsedDocument } from '../yaml/parse.ts';
import { findPair, resolveAlias, type YMap, type YNode, type YPair } from '../yaml/tree.ts';

/** What a redacted Secret value reads in a shared link. */
export const REDACTED = '<redacted>';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export interface Redaction {
  text: string;
  /** How many values were replaced (or Secret documents dropped). */
  redacted: number;
}

interface Change {
  start: number;
  end: number;
  text: string;
}

/**
 * Replaces every value under `data` and `stringData` of each Secret (also inside a `List`), and its
 * last-applied-configuration annotation, with `<redacted>`, keeping all other bytes. A Secret that
 * does not parse is removed whole. Used before a design goes into a link.
 */
export function redactSecrets(text: string): Redaction {
  if (!/\bSecret\b/.test(text)) return { text, redacted: 0 };
  const first = collectChanges(text);
  if (first.count === 0) return { text, redacted: 0 };
  const redactedText = applyChanges(text, first.changes);
  // Belt and braces: whatever a second reading still finds is removed with its whole document.
  const second = collectChanges(redactedText);
  if (second.count === 0) return { text: redactedText, redacted: first.count };
  const docs = parseYamlStream(redactedText).documents.filter((d) =>
    second.changes.some((c) => c.start >= d.start && c.start < d.end),
  );
  return {
    text: applyChanges(
      redactedText,
      docs.map((d) => removal(d, redactedText)),
    ),
    redacted: first.count,
  };
}

/** Applies redactSecrets to every string in a JSON value (the texts of a design). */
export function redactSecretsIn(value: unknown): { value: unknown; redacted: number } {
  let redacted = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = redactSecrets(v);
      redacted += r.redacted;
      return r.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item);
      return out;
    }
    return v;
  };
  const result = walk(value);
  return { value: result, redacted };
}

function collectChanges(text: string): { changes: Change[]; count: number } {
  const changes: Change[] = [];
  for (const doc of parseYamlStream(text).documents) {
    const root = resolveAlias(doc.root ?? undefined);
    if (!root) {
      if (looksLikeSecret(text.slice(doc.start, doc.end))) changes.push(removal(doc, text));
      continue;
    }
    for (const secret of secretsIn(root)) changes.push(...secretChanges(text, secret));
  }
  return { changes, count: changes.length };
}

function looksLikeSecret(source: string): boolean {
  return /["']?kind["']?\s*:\s*["']?Secret\b/.test(source);
}

function removal(doc: ParsedDocument, text: string): Change {
  const marker = text.startsWith('---', doc.start) ? '---\n' : '';
  return {
    start: doc.start,
    end: doc.end,
    text: `${marker}# A Secret that could not be read was removed before sharing.\n`,
  };
}

function kindOf(map: YMap): string | null {
  const kind = resolveAlias(findPair(map, 'kind')?.value);
  return kind?.kind === 'scalar' ? kind.text : null;
}

/** The Secret objects of a document: the document itself, or the items of a List. */
function secretsIn(root: YNode): YMap[] {
  if (root.kind !== 'map') return [];
  const kind = kindOf(root);
  if (kind === 'Secret') return [root];
  if (!kind?.endsWith('List')) return [];
  const items = resolveAlias(findPair(root, 'items')?.value);
  if (items?.kind !== 'seq') return [];
  return items.items
    .map((item) => resolveAlias(item))
    .filter((item): item is YMap => item?.kind === 'map' && kindOf(item) === 'Secret');
}

function secretChanges(text: string, secret: YMap): Change[] {
  const changes: Change[] = [];
  for (const field of ['data', 'stringData']) {
    const pair = findPair(secret, field);
    if (!pair) continue;
    if (pair.value.kind === 'map') {
      for (const entry of pair.value.pairs) pushValue(text, entry, changes);
    } else {
      pushValue(text, pair, changes);
    }
  }
  const metadata = resolveAlias(findPair(secret, 'metadata')?.value);
  const annotations =
    metadata?.kind === 'map' ? resolveAlias(findPair(metadata, 'annotations')?.value) : undefined;
  const lastApplied = annotations?.kind === 'map' ? findPair(annotations, LAST_APPLIED) : undefined;
  if (lastApplied) pushValue(text, lastApplied, changes);
  return changes;
}

/** Replaces a pair's value, with its anchor and tag, by `"<redacted>"`; empty values are left. */
function pushValue(text: string, pair: YPair, changes: Change[]): void {
  const value = pair.value;
  if (value.kind === 'scalar' && (value.value === null || value.text === REDACTED)) return;
  if (value.kind === 'map' && value.pairs.length === 0) return;
  if (value.kind === 'seq' && value.items.length === 0) return;
  let colon = pair.key.end;
  while (text[colon] === ' ' || text[colon] === '\t') colon++;
  if (text[colon] === ':' && colon < value.start) {
    changes.push({ start: colon + 1, end: value.end, text: ` "${REDACTED}"` });
  } else {
    changes.push({ start: value.start, end: value.end, text: `"${REDACTED}"` });
  }
}

function applyChanges(text: string, changes: readonly Change[]): string {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const c of sorted) {
    if (c.start < at) continue; // overlaps a change already applied
    parts.push(text.slice(at, c.start), c.text);
    at = c.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
