import { EVENT_ID, parseEvents, type Event } from 'js-yaml';
import {
  buildTree,
  checkAliasRatio,
  MAX_DEPTH,
  toValue,
  type DocumentEvents,
} from './buildTree.ts';
import type { PackedTree } from './packedTree.ts';
import { PackArena, packTree, type ScalarSources } from './packWriter.ts';
import { readPlainDocument } from './plainDocument.ts';
import type { YNode } from './tree.ts';

/** Documents larger than this are refused by etcd (warning) … */
export const DOCUMENT_WARN_BYTES = 1.5 * 1024 * 1024;
/** … and larger than this by the API server (error). */
export const DOCUMENT_ERROR_BYTES = 3 * 1024 * 1024;
/** Whole inputs over this size are refused before parsing. */
export const INPUT_LIMIT_BYTES = 20 * 1024 * 1024;

export type YamlProblemKind =
  | 'syntax'
  | 'too-deep'
  | 'alias-bomb'
  | 'unknown-alias'
  | 'duplicate-key'
  | 'document-too-large'
  | 'document-large'
  | 'input-too-large';

/** A problem found while reading YAML; offsets are into the whole file. */
export interface YamlProblem {
  kind: YamlProblemKind;
  message: string;
  start: number;
  end: number;
  /** For duplicate keys: where the key was first defined. */
  relatedStart?: number;
  relatedEnd?: number;
}

export interface ParsedDocument {
  /** 0-based index among the non-empty documents of the file. */
  index: number;
  start: number;
  end: number;
  /**
   * null when the document failed to parse or was empty. Built from `tree` on first read (and
   * kept): checks that only need positions or a few nodes should ask `tree` instead.
   */
  readonly root: YNode | null;
  /** The same tree, packed (null exactly when root is). */
  tree: PackedTree | null;
  /** The plain value (prototype-safe objects); undefined when the document could not be read. */
  value: unknown;
  /**
   * True when the document has no anchors, aliases, tags, merge, complex or duplicate keys: its
   * value then has exactly the tree's pairs and items, and each string in it is its scalar's text.
   */
  plain: boolean;
  problems: YamlProblem[];
}

/**
 * Parses a YAML stream document by document, so that a bad document does not hide the good ones.
 * Never throws: every problem (syntax, depth, alias bomb, duplicate key, size) is returned as data.
 * Reads as few parser calls as give the same documents (see readInRanges).
 */
export function parseYamlStream(text: string): {
  documents: ParsedDocument[];
  problems: YamlProblem[];
} {
  if (
    text.length * 3 > INPUT_LIMIT_BYTES &&
    countUtf8BytesUpTo(text, INPUT_LIMIT_BYTES) > INPUT_LIMIT_BYTES
  ) {
    return {
      documents: [],
      problems: [
        {
          kind: 'input-too-large',
          message: `input is over the ${INPUT_LIMIT_BYTES / 1024 / 1024} MiB limit; refused before parsing`,
          start: 0,
          end: 0,
        },
      ],
    };
  }
  const chunks = splitDocuments(text);
  const documents = hasDirective(text)
    ? readEachDocument(text, chunks)
    : readInRanges(text, chunks);
  return { documents, problems: [] };
}

/**
 * Document `index` of the stream alone, as `parseYamlStream(text).documents[index]` gives it, parsing
 * no other document: what a form edit of one object in a large file needs.
 */
export function parseYamlDocument(text: string, index: number): ParsedDocument | undefined {
  if (
    text.length * 3 > INPUT_LIMIT_BYTES &&
    countUtf8BytesUpTo(text, INPUT_LIMIT_BYTES) > INPUT_LIMIT_BYTES
  )
    return undefined;
  const chunk = splitDocuments(text)[index];
  if (!chunk) return undefined;
  const documents: ParsedDocument[] = [];
  readChunk(text, chunk, documents, new PackArena(), index);
  return documents[0];
}

/**
 * Reads each chunk with a parser call of its own: a syntax error is then that document's problem
 * only. This is what parseYamlStream means; readInRanges is a faster way to the same result.
 */
export function readEachDocument(text: string, chunks: readonly Chunk[]): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  const arena = new PackArena();
  for (const chunk of chunks) readChunk(text, chunk, documents, arena);
  return documents;
}

/** Reads one chunk alone and adds its document (if it is not empty) to `documents`. */
function readChunk(
  text: string,
  chunk: Chunk,
  documents: ParsedDocument[],
  arena: PackArena,
  index = documents.length,
): void {
  const source = text.slice(chunk.start, chunk.end);
  const problems = sizeProblems(source, chunk.start);
  let events: Event[];
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH });
  } catch (err) {
    problems.push(syntaxProblem(err, chunk.start, chunk.end));
    documents.push(failedDocument(chunk, index, problems));
    return;
  }
  const read = { source, base: chunk.start, events, from: 0, to: events.length };
  const doc = readDocument(read, chunk, index, problems, arena);
  if (doc) documents.push(doc);
}

/**
 * readEachDocument with as few parser calls as it can: the chunks in one call, as js-yaml's loadAll
 * reads a stream. js-yaml gives every call's parser state a new hidden class, so a call per
 * document leaves the parser's property accesses megamorphic: on a 2,000-document file that
 * tripled the parser's instructions. When the call fails on a syntax error, the chunk it failed in
 * is read alone and the chunks on either side as ranges again; chunks that js-yaml cuts otherwise
 * are read one by one. Streams with directives (%YAML, %TAG) are not for this: a directive's
 * scope is its document, which the chunks do not share.
 */
export function readInRanges(text: string, chunks: readonly Chunk[]): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  const arena = new PackArena();
  const read = (from: number, to: number): void => {
    if (to - from <= 1) {
      if (to > from) readChunk(text, chunks[from]!, documents, arena);
      return;
    }
    const range = chunks.slice(from, to);
    const result = readAtOnce(text, range, documents.length, arena);
    if (result.documents) {
      documents.push(...result.documents);
    } else if (result.failedAt !== undefined) {
      const broken = from + chunkAt(range, result.failedAt);
      read(from, broken);
      readChunk(text, chunks[broken]!, documents, arena);
      read(broken + 1, to);
    } else {
      for (const chunk of range) readChunk(text, chunk, documents, arena);
    }
  };
  read(0, chunks.length);
  return documents;
}

/**
 * Reads the chunks (consecutive, at least one) with one parser call: their documents (indexed from
 * `firstIndex`); or where the call failed; or neither when js-yaml's documents are not the chunks.
 */
export function readAtOnce(
  text: string,
  chunks: readonly Chunk[],
  firstIndex: number,
  arena: PackArena,
): { documents?: ParsedDocument[]; failedAt?: number } {
  const start = chunks[0]!.start;
  const source = text.slice(start, chunks[chunks.length - 1]!.end);
  let events: Event[];
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH });
  } catch (err) {
    const at = (err as { mark?: { position?: unknown } }).mark?.position;
    return typeof at === 'number' ? { failedAt: start + at } : {};
  }
  const spans = alignDocuments(events, chunks, start);
  if (!spans) return {};
  const documents: ParsedDocument[] = [];
  chunks.forEach((chunk, k) => {
    const problems = sizeProblems(text.slice(chunk.start, chunk.end), chunk.start);
    const read = { source, base: start, events, ...spans[k]! };
    const doc = readDocument(read, chunk, firstIndex + documents.length, problems, arena);
    // Every document holds a node with an offset (see alignDocuments), so none is empty.
    if (doc) documents.push(doc);
  });
  return { documents };
}

/** The index of the chunk an offset falls in (or the one before it, between chunks). */
function chunkAt(chunks: readonly Chunk[], offset: number): number {
  let k = 0;
  while (k + 1 < chunks.length && chunks[k + 1]!.start <= offset) k++;
  return k;
}

/** True when a line starts with `%`, as a directive (%YAML, %TAG) does. */
function hasDirective(text: string): boolean {
  return text.startsWith('%') || text.includes('\n%') || text.includes('\r%');
}

/**
 * js-yaml's documents matched to the chunks: one [from, to) range of events per chunk, holding only
 * offsets inside it (event offsets count from `base`); null when they do not match so. js-yaml's
 * documents without any offset (empty, between two markers) are the chunks splitDocuments drops.
 */
function alignDocuments(
  events: readonly Event[],
  chunks: readonly Chunk[],
  base: number,
): { from: number; to: number }[] | null {
  const spans: { from: number; to: number }[] = [];
  let from = -1;
  for (let to = 0; to <= events.length; to++) {
    if (to < events.length && events[to]!.type !== EVENT_ID.DOCUMENT) continue;
    const offsets = from < 0 ? null : offsetRange(events, from, to);
    if (offsets) {
      const chunk = chunks[spans.length];
      if (!chunk || base + offsets.min < chunk.start || base + offsets.max > chunk.end) return null;
      spans.push({ from, to });
    }
    from = to;
  }
  return spans.length === chunks.length ? spans : null;
}

/**
 * The least and greatest source offsets of events [from, to); null when none has one. Runs over
 * every event of the stream once, so the offsets are compared inline.
 */
function offsetRange(
  events: readonly Event[],
  from: number,
  to: number,
): { min: number; max: number } | null {
  let min = Infinity;
  let max = -1;
  for (let i = from; i < to; i++) {
    const e = events[i]!;
    let low: number;
    let high: number;
    if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
      low = high = e.start;
    } else if (e.type === EVENT_ID.SCALAR) {
      low = e.valueStart;
      high = e.valueEnd;
    } else if (e.type === EVENT_ID.ALIAS) {
      low = e.anchorStart;
      high = e.anchorEnd;
    } else continue;
    // An anchor or tag comes before its node's own offsets.
    if (e.anchorStart >= 0 && (low < 0 || e.anchorStart < low)) low = e.anchorStart;
    if (e.type !== EVENT_ID.ALIAS && e.tagStart >= 0 && (low < 0 || e.tagStart < low))
      low = e.tagStart;
    if (low >= 0 && low < min) min = low;
    if (high > max) max = high;
    if (low > max) max = low;
  }
  return max < 0 ? null : { min, max };
}

export interface Chunk {
  start: number;
  end: number;
}

/**
 * Splits a stream at `---` and `...` lines. YAML forbids these markers at column 0 inside any scalar,
 * so splitting on them is exact.
 */
export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    if (text.charCodeAt(pos) === 45 /* - */ || text.charCodeAt(pos) === 46 /* . */) {
      const marker = text.slice(pos, pos + 3);
      const after = text.charCodeAt(pos + 3);
      const endsMarker = pos + 3 >= lineEnd || after === 32 || after === 9 || after === 13;
      if (endsMarker && marker === '---') {
        if (pos > start) chunks.push({ start, end: pos });
        start = pos;
      } else if (endsMarker && marker === '...') {
        chunks.push({ start, end: pos });
        start = lineEnd + 1;
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks.filter((c) => hasContent(text, c));
}

function hasContent(text: string, chunk: Chunk): boolean {
  let atLineStart = true;
  let inComment = false;
  for (let i = chunk.start; i < chunk.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      inComment = false;
      continue;
    }
    if (inComment || c === 32 || c === 9 || c === 13) continue;
    if (c === 35 /* # */) {
      inComment = true;
      continue;
    }
    if (atLineStart && c === 45 && text.startsWith('---', i)) {
      i += 2;
      atLineStart = false;
      continue;
    }
    if (c === 37 /* % directive */ && atLineStart) {
      inComment = true;
      continue;
    }
    return true;
  }
  return false;
}

/** The size problems of a document's text (`source`, starting at `start` in the file). */
function sizeProblems(source: string, start: number): YamlProblem[] {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short documents cannot reach the limits.
  const bytes =
    source.length * 3 <= DOCUMENT_WARN_BYTES
      ? 0
      : countUtf8BytesUpTo(source, DOCUMENT_ERROR_BYTES + 1);
  if (bytes > DOCUMENT_ERROR_BYTES) return [sizeProblem('document-too-large', start, bytes)];
  if (bytes > DOCUMENT_WARN_BYTES) return [sizeProblem('document-large', start, bytes)];
  return [];
}

/** A document that could not be read: its problems only. */
function failedDocument(chunk: Chunk, index: number, problems: YamlProblem[]): ParsedDocument {
  const { start, end } = chunk;
  return parsedDocument({
    index,
    start,
    end,
    tree: null,
    value: undefined,
    plain: false,
    problems,
  });
}

/** Builds one document from its events; null when it is empty. */
function readDocument(
  read: DocumentEvents,
  chunk: Chunk,
  index: number,
  problems: YamlProblem[],
  arena: PackArena,
): ParsedDocument | null {
  const { start, end } = chunk;
  const plain = readPlainDocument(read, start, arena);
  if (plain) return parsedDocument({ index, start, end, ...plain, plain: true, problems });
  const scalars: ScalarSources = { nodes: [], events: [] };
  const root = buildTree(read, start, problems, scalars);
  if (root === undefined) return null;
  let aliases = false;
  for (let i = read.from; i < read.to && !aliases; i++)
    aliases = read.events[i]!.type === EVENT_ID.ALIAS;
  const bomb = aliases ? checkAliasRatio(root) : null;
  if (bomb) {
    problems.push({ kind: 'alias-bomb', message: bomb, start, end: start });
    return failedDocument(chunk, index, problems);
  }
  // Without aliases no node is reached twice: no memo (a Map entry per node costs more than the
  // rest of toValue on a large manifest).
  const value = root ? toValue(root, aliases ? new Map() : null) : null;
  // The node objects are dropped here: only the packed tree outlives the parse.
  const nodes = read.to - read.from;
  const tree = root ? packTree(read.source, root, scalars, nodes, arena) : null;
  return parsedDocument({ index, start, end, tree, value, plain: false, problems });
}

/** A document whose `root` is built from its packed tree when first read. */
function parsedDocument(fields: Omit<ParsedDocument, 'root'>): ParsedDocument {
  const { index, start, end, tree, value, plain, problems } = fields;
  // Every key written out, no spread: the documents share one hidden class (model/objects.ts).
  return {
    index,
    start,
    end,
    tree,
    value,
    plain,
    problems,
    get root() {
      return tree ? tree.root() : null;
    },
  };
}

function sizeProblem(
  kind: 'document-too-large' | 'document-large',
  start: number,
  bytes: number,
): YamlProblem {
  const mib = (bytes / 1024 / 1024).toFixed(1);
  const message =
    kind === 'document-too-large'
      ? `this document is ${mib} MiB: the API server rejects objects over 3 MiB`
      : `this document is ${mib} MiB: etcd's default limit is 1.5 MiB per object`;
  return { kind, message, start, end: start };
}

function syntaxProblem(err: unknown, start: number, end: number): YamlProblem {
  const e = err as { reason?: unknown; message?: unknown; mark?: { position?: unknown } };
  const reason =
    typeof e.reason === 'string'
      ? e.reason
      : typeof e.message === 'string'
        ? e.message
        : String(err);
  const at = typeof e.mark?.position === 'number' ? Math.min(start + e.mark.position, end) : start;
  const deep = reason.includes('maxDepth');
  return {
    kind: deep ? 'too-deep' : 'syntax',
    message: deep ? `nesting is deeper than ${MAX_DEPTH} levels` : reason,
    start: at,
    end: at,
  };
}

/** UTF-8 byte length of a string, counting no further than `limit` (so huge inputs stay cheap). */
export function countUtf8BytesUpTo(text: string, limit = Infinity): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}
