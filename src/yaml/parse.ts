import { EVENT_ID, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { PackArena, PackedTree, type ScalarSources } from './packedTree.ts';
import { resolvePlain, resolveTagged } from './scalars.ts';
import type { ScalarStyle, YMap, YNode, YScalar, YSeq } from './tree.ts';
import { keyText } from './tree.ts';

/** Documents larger than this are refused by etcd (warning) … */
export const DOCUMENT_WARN_BYTES = 1.5 * 1024 * 1024;
/** … and larger than this by the API server (error). */
export const DOCUMENT_ERROR_BYTES = 3 * 1024 * 1024;
/** Whole inputs over this size are refused before parsing. */
export const INPUT_LIMIT_BYTES = 20 * 1024 * 1024;
/** Nesting deeper than this is refused (go-yaml and js-yaml use similar caps). */
export const MAX_DEPTH = 100;

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
  problems: YamlProblem[];
}

const STYLE: Record<number, ScalarStyle> = {
  1: 'plain',
  2: 'single',
  3: 'double',
  4: 'literal',
  5: 'folded',
};

/**
 * Parses a YAML stream document by document, so that a bad document does not hide the good ones.
 * Never throws: every problem (syntax, depth, alias bomb, duplicate key, size) is returned as data.
 */
export function parseYamlStream(text: string): {
  documents: ParsedDocument[];
  problems: YamlProblem[];
} {
  if (
    text.length * 3 > INPUT_LIMIT_BYTES &&
    utf8Length(text, INPUT_LIMIT_BYTES) > INPUT_LIMIT_BYTES
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
  const documents: ParsedDocument[] = [];
  const arena = new PackArena();
  for (const chunk of splitDocuments(text)) {
    const doc = parseDocument(text, chunk.start, chunk.end, documents.length, arena);
    if (doc) documents.push(doc);
  }
  return { documents, problems: [] };
}

/**
 * Document `index` of the stream alone, as `parseYamlStream(text).documents[index]` gives it, parsing
 * no other document: what a form edit of one object in a large file needs.
 */
export function parseYamlDocument(text: string, index: number): ParsedDocument | undefined {
  if (
    text.length * 3 > INPUT_LIMIT_BYTES &&
    utf8Length(text, INPUT_LIMIT_BYTES) > INPUT_LIMIT_BYTES
  )
    return undefined;
  const chunk = splitDocuments(text)[index];
  return chunk ? (parseDocument(text, chunk.start, chunk.end, index) ?? undefined) : undefined;
}

interface Chunk {
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

function parseDocument(
  text: string,
  start: number,
  end: number,
  index: number,
  arena: PackArena,
): ParsedDocument | null {
  const source = text.slice(start, end);
  const problems: YamlProblem[] = [];
  // A UTF-16 unit is at most 3 UTF-8 bytes: short documents cannot reach the limits.
  const bytes =
    source.length * 3 <= DOCUMENT_WARN_BYTES ? 0 : utf8Length(source, DOCUMENT_ERROR_BYTES + 1);
  if (bytes > DOCUMENT_ERROR_BYTES) {
    problems.push(sizeProblem('document-too-large', start, bytes));
  } else if (bytes > DOCUMENT_WARN_BYTES) {
    problems.push(sizeProblem('document-large', start, bytes));
  }
  let events: Event[];
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH });
  } catch (err) {
    problems.push(syntaxProblem(err, start, end));
    return parsedDocument({ index, start, end, tree: null, value: undefined, problems });
  }
  const scalars: ScalarSources = { nodes: [], events: [] };
  const root = buildTree(source, start, events, problems, scalars);
  if (root === undefined) return null;
  const aliases = events.some((e) => e.type === EVENT_ID.ALIAS);
  const bomb = aliases ? checkAliasRatio(root) : null;
  if (bomb) {
    problems.push({ kind: 'alias-bomb', message: bomb, start, end: start });
    return parsedDocument({ index, start, end, tree: null, value: undefined, problems });
  }
  // Without aliases no node is reached twice: no memo (a Map entry per node costs more than the
  // rest of toValue on a large manifest).
  const value = root ? toValue(root, aliases ? new Map() : null) : null;
  // The node objects are dropped here: only the packed tree outlives the parse.
  const tree = root ? PackedTree.pack(source, root, scalars, events.length, arena) : null;
  return parsedDocument({ index, start, end, tree, value, problems });
}

/** A document whose `root` is built from its packed tree when first read. */
function parsedDocument(fields: Omit<ParsedDocument, 'root'>): ParsedDocument {
  const { tree } = fields;
  return {
    ...fields,
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

interface Open {
  node: YMap | YSeq;
  pendingKey: YNode | null;
  seen: Map<string, YNode> | null;
}

/**
 * Builds the positioned tree from js-yaml events; returns undefined for an empty document. Every
 * scalar built is listed in `scalars` with its event, for PackedTree.pack.
 */
export function buildTree(
  source: string,
  base: number,
  events: Event[],
  problems: YamlProblem[],
  scalars: ScalarSources,
): YNode | null | undefined {
  const anchors = new Map<string, YNode>();
  const stack: Open[] = [];
  let root: YNode | null | undefined;

  const attach = (node: YNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (root === undefined) root = node;
      return;
    }
    if (top.node.kind === 'seq') {
      top.node.items.push(node);
    } else if (top.pendingKey === null) {
      top.pendingKey = node;
    } else {
      const key = top.pendingKey;
      top.pendingKey = null;
      checkDuplicate(top, key, problems);
      top.node.pairs.push({ key, value: node });
    }
    if (node.end > top.node.end) top.node.end = node.end;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (root !== undefined) return root;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const startAt = base + event.start;
        const flow = event.style === 2;
        const node: YMap | YSeq =
          event.type === EVENT_ID.MAPPING
            ? { kind: 'map', start: startAt, end: startAt + 1, pairs: [], flow }
            : { kind: 'seq', start: startAt, end: startAt + 1, items: [], flow };
        decorate(
          node,
          source,
          event.anchorStart,
          event.anchorEnd,
          event.tagStart,
          event.tagEnd,
          anchors,
        );
        stack.push({ node, pendingKey: null, seen: null });
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(source, base, event, anchors);
        scalars.nodes.push(node);
        scalars.events.push(event);
        attach(node);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = source.slice(event.anchorStart, event.anchorEnd);
        const target = anchors.get(name);
        const node: YNode = {
          kind: 'alias',
          name,
          target,
          start: base + event.anchorStart - 1,
          end: base + event.anchorEnd,
        };
        if (!target) {
          problems.push({
            kind: 'unknown-alias',
            message: `unknown alias *${name}`,
            start: node.start,
            end: node.end,
          });
        }
        attach(node);
        break;
      }
      case EVENT_ID.POP: {
        const open = stack.pop();
        if (!open) break;
        if (open.node.flow) open.node.end = closingBracket(source, base, open.node.end);
        attach(open.node);
        break;
      }
    }
  }
  return root;
}

function scalarNode(
  source: string,
  base: number,
  event: ScalarEvent,
  anchors: Map<string, YNode>,
): YScalar {
  const text = getScalarValue(source, event);
  const style = STYLE[event.style] ?? 'plain';
  const tag = event.tagStart >= 0 ? source.slice(event.tagStart, event.tagEnd) : undefined;
  const value = tag ? resolveTagged(tag, text) : style === 'plain' ? resolvePlain(text) : text;
  let start = base + event.valueStart;
  let end = base + event.valueEnd;
  if (style === 'single' || style === 'double') {
    start -= 1;
    end += 1;
  } else if (style === 'literal' || style === 'folded') {
    const header = source.lastIndexOf(style === 'literal' ? '|' : '>', event.valueStart);
    if (header >= 0) start = base + header;
    while (end > start && /\s/.test(source[end - 1 - base] ?? '')) end--;
  } else if (event.valueStart < 0) {
    start = end = base + Math.max(0, event.valueEnd);
  }
  const node: YScalar = { kind: 'scalar', text, value, style, start, end };
  if (event.anchorStart >= 0 || event.tagStart >= 0) {
    decorate(
      node,
      source,
      event.anchorStart,
      event.anchorEnd,
      event.tagStart,
      event.tagEnd,
      anchors,
    );
  }
  return node;
}

function decorate(
  node: YNode,
  source: string,
  anchorStart: number,
  anchorEnd: number,
  tagStart: number,
  tagEnd: number,
  anchors: Map<string, YNode>,
): void {
  if (anchorStart >= 0) {
    node.anchor = source.slice(anchorStart, anchorEnd);
    anchors.set(node.anchor, node);
  }
  if (tagStart >= 0) node.tag = source.slice(tagStart, tagEnd);
}

function closingBracket(source: string, base: number, from: number): number {
  let i = from - base;
  while (i < source.length && source[i] !== ']' && source[i] !== '}') i++;
  return base + Math.min(i + 1, source.length);
}

function checkDuplicate(open: Open, key: YNode, problems: YamlProblem[]): void {
  if (key.kind !== 'scalar') return;
  const name = keyText(key);
  if (open.node.kind === 'map' && open.node.pairs.length >= 8 && !open.seen) {
    open.seen = new Map(open.node.pairs.map((p) => [keyText(p.key), p.key]));
  }
  let first: YNode | undefined;
  if (open.seen) {
    first = open.seen.get(name);
    open.seen.set(name, key);
  } else if (open.node.kind === 'map') {
    first = open.node.pairs.find((p) => keyText(p.key) === name)?.key;
  }
  if (first && name !== '<<') {
    problems.push({
      kind: 'duplicate-key',
      message: `duplicate key "${name}"`,
      start: key.start,
      end: key.end,
      relatedStart: first.start,
      relatedEnd: first.end,
    });
  }
}

/**
 * go-yaml v3's rule against alias bombs (`decode.go` unmarshal / allowedAliasRatio): once over 1,000
 * decoded nodes and 100 nodes decoded through aliases, the share decoded through aliases may not
 * exceed 99% up to 400,000 nodes, falling to 10% at 4,000,000. go-yaml checks while decoding; this
 * checks the totals, counted memoised per node so the expanded tree is never walked.
 */
function checkAliasRatio(root: YNode | null): string | null {
  if (!root) return null;
  // Per node: [nodes decoded, nodes decoded inside an alias expansion].
  const memo = new Map<YNode, [number, number]>();
  const count = (node: YNode, depth: number): [number, number] => {
    const known = memo.get(node);
    if (known) return known;
    if (depth > MAX_DEPTH * 2) return [1, 0];
    let result: [number, number];
    if (node.kind === 'scalar') {
      result = [1, 0];
    } else if (node.kind === 'alias') {
      const inner = node.target ? count(node.target, depth + 1)[0] : 0;
      result = [Math.min(1 + inner, 1e15), Math.min(inner, 1e15)];
    } else {
      let nodes = 1;
      let aliased = 0;
      const children =
        node.kind === 'seq' ? node.items : node.pairs.flatMap((p) => [p.key, p.value]);
      for (const child of children) {
        const [n, a] = count(child, depth + 1);
        nodes += n;
        aliased += a;
      }
      result = [Math.min(nodes, 1e15), Math.min(aliased, 1e15)];
    }
    memo.set(node, result);
    return result;
  };
  const [decoded, aliased] = count(root, 0);
  if (aliased > 100 && decoded > 1000 && aliased / decoded > allowedAliasRatio(decoded)) {
    return `document contains excessive aliasing: aliases expand it to ${decoded.toLocaleString('en-US')} nodes (go-yaml, and so kubectl, refuses it)`;
  }
  return null;
}

function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}

/**
 * The plain value of a node. Objects are built so that a `__proto__` key is an ordinary own property
 * (never the prototype), merge keys (`<<`) merge as go-yaml does, and aliases share one object.
 */
export function toValue(
  node: YNode,
  memo: Map<YNode, unknown> | null = new Map(),
  depth = 0,
): unknown {
  if (memo && node.kind !== 'scalar') {
    const known = memo.get(node);
    if (known !== undefined || memo.has(node)) return known;
  }
  if (depth > MAX_DEPTH * 2) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'alias':
      return node.target ? toValue(node.target, memo, depth + 1) : null;
    case 'seq': {
      const arr: unknown[] = [];
      memo?.set(node, arr);
      for (const item of node.items) arr.push(toValue(item, memo, depth + 1));
      return arr;
    }
    case 'map': {
      const obj: Record<string, unknown> = {};
      memo?.set(node, obj);
      const merges: YNode[] = [];
      for (const { key, value: v } of node.pairs) {
        const k = keyText(key);
        if (k === '<<' && key.kind === 'scalar' && key.style === 'plain') {
          merges.push(v);
          continue;
        }
        setOwn(obj, k, toValue(v, memo, depth + 1));
      }
      for (const m of merges) mergeInto(obj, toValue(m, memo, depth + 1));
      return obj;
    }
  }
}

function mergeInto(obj: Record<string, unknown>, source: unknown): void {
  const sources: unknown[] = Array.isArray(source) ? source : [source];
  for (const s of sources) {
    if (!s || typeof s !== 'object' || Array.isArray(s)) continue;
    for (const k of Object.keys(s)) {
      if (!Object.prototype.hasOwnProperty.call(obj, k))
        setOwn(obj, k, (s as Record<string, unknown>)[k]);
    }
  }
}

/** Sets an own enumerable property, even for `__proto__`. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    obj[key] = value;
  }
}

/** UTF-8 byte length of a string, counting no further than `limit` (so huge inputs stay cheap). */
export function utf8Length(text: string, limit = Infinity): number {
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
