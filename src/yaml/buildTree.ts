/**
 * One document's js-yaml events made into the positioned node tree (with duplicate-key and alias
 * problems), and the tree into the plain value, the way Kubernetes reads YAML.
 */
import { EVENT_ID, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import type { ScalarSources } from './packWriter.ts';
import type { YamlProblem } from './parse.ts';
import { resolvePlain, resolveTagged } from './scalars.ts';
import type { ScalarStyle, YMap, YNode, YScalar, YSeq } from './tree.ts';
import { stringifyKey } from './tree.ts';

/** Nesting deeper than this is refused (go-yaml and js-yaml use similar caps). */
export const MAX_DEPTH = 100;

/** A document's events: events[from, to), whose offsets index `source`, which starts at `base`. */
export interface DocumentEvents {
  source: string;
  base: number;
  events: readonly Event[];
  from: number;
  to: number;
}

/** js-yaml's scalar styles by number. */
export const STYLE: Record<number, ScalarStyle> = {
  1: 'plain',
  2: 'single',
  3: 'double',
  4: 'literal',
  5: 'folded',
};

interface Open {
  node: YMap | YSeq;
  pendingKey: YNode | null;
  seen: Map<string, YNode> | null;
}

/**
 * Builds the positioned tree of a document (starting at `start` in the file) from its js-yaml
 * events; returns undefined for an empty document. Every scalar built is listed in `scalars` with
 * its event, for packTree.
 */
export function buildTree(
  read: DocumentEvents,
  start: number,
  problems: YamlProblem[],
  scalars: ScalarSources,
): YNode | null | undefined {
  const { source, base, events } = read;
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

  for (let i = read.from; i < read.to; i++) {
    const event = events[i]!;
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
        decorate(node, source, event, anchors);
        stack.push({ node, pendingKey: null, seen: null });
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(source, base, start, event, anchors);
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
        if (open.node.flow) open.node.end = findClosingBracket(source, base, open.node.end);
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
  documentStart: number,
  event: ScalarEvent,
  anchors: Map<string, YNode>,
): YScalar {
  const text = getScalarValue(source, event);
  const style = STYLE[event.style] ?? 'plain';
  const tag = event.tagStart >= 0 ? source.slice(event.tagStart, event.tagEnd) : undefined;
  const value = tag ? resolveTagged(tag, text) : style === 'plain' ? resolvePlain(text) : text;
  const { start, end } = findScalarSpan(source, base, documentStart, event, style, {
    start: 0,
    end: 0,
  });
  const node: YScalar = { kind: 'scalar', text, value, style, start, end };
  if (event.anchorStart >= 0 || event.tagStart >= 0) {
    decorate(node, source, event, anchors);
  }
  return node;
}

/**
 * Where a scalar is in the file, into `span` (and returned): quotes and a block scalar's header
 * included, its trailing blanks not; an empty value at its document's start.
 */
export function findScalarSpan(
  source: string,
  base: number,
  documentStart: number,
  event: ScalarEvent,
  style: ScalarStyle,
  span: { start: number; end: number },
): { start: number; end: number } {
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
    start = end = event.valueEnd >= 0 ? base + event.valueEnd : documentStart;
  }
  span.start = start;
  span.end = end;
  return span;
}

/** Gives a node the anchor and tag its event names (offsets into `source`; -1 where absent). */
function decorate(
  node: YNode,
  source: string,
  event: Pick<ScalarEvent, 'anchorStart' | 'anchorEnd' | 'tagStart' | 'tagEnd'>,
  anchors: Map<string, YNode>,
): void {
  if (event.anchorStart >= 0) {
    node.anchor = source.slice(event.anchorStart, event.anchorEnd);
    anchors.set(node.anchor, node);
  }
  if (event.tagStart >= 0) node.tag = source.slice(event.tagStart, event.tagEnd);
}

/** The end of a flow collection: past the bracket that closes it, searched from its last child. */
export function findClosingBracket(source: string, base: number, from: number): number {
  let i = from - base;
  while (i < source.length && source[i] !== ']' && source[i] !== '}') i++;
  return base + Math.min(i + 1, source.length);
}

function checkDuplicate(open: Open, key: YNode, problems: YamlProblem[]): void {
  if (key.kind !== 'scalar') return;
  const name = stringifyKey(key);
  if (open.node.kind === 'map' && open.node.pairs.length >= 8 && !open.seen) {
    open.seen = new Map(open.node.pairs.map((p) => [stringifyKey(p.key), p.key]));
  }
  let first: YNode | undefined;
  if (open.seen) {
    first = open.seen.get(name);
    open.seen.set(name, key);
  } else if (open.node.kind === 'map') {
    first = open.node.pairs.find((p) => stringifyKey(p.key) === name)?.key;
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
export function checkAliasRatio(root: YNode | null): string | null {
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
        const k = stringifyKey(key);
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
