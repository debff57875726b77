/**
 * A document's node tree packed into one Int32Array. A tree of node objects per document is what
 * made garbage collection the largest cost of `check` on a 2,000-pod file (every node survives, so
 * every young-generation collection copies it); a packed tree is one object. Paths are located on
 * the packed form, and node objects are built again only where a caller asks for them. The records
 * are written by packWriter.ts.
 */
import { getScalarValue, type ScalarEvent } from 'js-yaml';
import type { JsonPath } from '../model/types.ts';
import { findNodeAt as nodeAtTree, type Located, type NodePart } from './locate.ts';
import {
  AFTER,
  ALIAS,
  AUX,
  END,
  FAST,
  FLAGS,
  FLOW,
  INDENT,
  KIND,
  MAP,
  SCALAR,
  SEQ,
  START,
  STRIDE,
  STYLE_NAME,
  VALUE_END,
  type Extras,
} from './packedRecords.ts';
import { resolvePlain, resolveTagged } from './scalars.ts';
import type { YAlias, YMap, YNode, YSeq } from './tree.ts';

/** One document's tree, packed; see the file comment. */
export class PackedTree {
  private rootNode: YNode | undefined;

  /** Made by PackWriter.finish (packWriter.ts). */
  constructor(
    /** The document's text as it was parsed; scalar offsets in the records are into it. */
    private readonly source: string,
    /** The records: node i is at `first + i * STRIDE`. */
    private readonly records: Int32Array,
    private readonly first: number,
    private readonly extras: Map<number, Extras> | null,
    private readonly hasAliases: boolean,
  ) {}

  /** The whole tree as node objects, built once on first use. */
  root(): YNode {
    return (this.rootNode ??= this.build(0));
  }

  /** `locate` (locate.ts) on the packed tree: the same spans, without building nodes. */
  locate(path: JsonPath, part: NodePart = 'value'): Located | null {
    let node = this.resolve(0);
    let keyNode = -1;
    for (const step of path) {
      const current = node < 0 ? -1 : this.resolve(node);
      let next = -1;
      let nextKey = -1;
      if (current >= 0 && this.kind(current) === MAP && typeof step === 'string') {
        nextKey = this.findKey(current, step);
        if (nextKey >= 0) next = this.after(nextKey);
      } else if (current >= 0 && this.kind(current) === SEQ && typeof step === 'number') {
        next = this.item(current, step);
        nextKey = next;
      }
      if (next < 0 || current < 0) {
        const anchor = keyNode >= 0 ? keyNode : current >= 0 ? current : 0;
        return { start: this.start(anchor), end: this.end(anchor), exact: false };
      }
      node = next;
      keyNode = nextKey;
    }
    if (node < 0) return null; // an empty path to an alias root without a target
    if (part === 'key' && keyNode >= 0)
      return { start: this.start(keyNode), end: this.end(keyNode), exact: true };
    if (part === 'entry' && keyNode >= 0)
      return {
        start: this.start(keyNode),
        end: Math.max(this.end(keyNode), this.end(node)),
        exact: true,
      };
    return { start: this.start(node), end: this.end(node), exact: true };
  }

  /** `findNodeAt` (locate.ts) on the packed tree: builds only the node found (and its children). */
  nodeAt(path: JsonPath): YNode | undefined {
    // Alias targets may lie outside the subtree: documents with aliases use the whole tree.
    if (this.hasAliases) return nodeAtTree(this.root(), path);
    let node = 0;
    for (const step of path) {
      if (this.kind(node) === MAP && typeof step === 'string') {
        const key = this.findKey(node, step);
        if (key < 0) return undefined;
        node = this.after(key);
      } else if (this.kind(node) === SEQ && typeof step === 'number') {
        node = this.item(node, step);
        if (node < 0) return undefined;
      } else return undefined;
    }
    return this.build(node);
  }

  private kind(i: number): number {
    return this.records[this.first + i * STRIDE + KIND]!;
  }

  private start(i: number): number {
    return this.records[this.first + i * STRIDE + START]!;
  }

  private end(i: number): number {
    return this.records[this.first + i * STRIDE + END]!;
  }

  private after(i: number): number {
    return this.records[this.first + i * STRIDE + AFTER]!;
  }

  private aux(i: number): number {
    return this.records[this.first + i * STRIDE + AUX]!;
  }

  /** resolveAlias (tree.ts) on records: -1 where it gives undefined. */
  private resolve(i: number): number {
    let n = i;
    for (let hops = 0; n >= 0 && this.kind(n) === ALIAS && hops < 64; hops++) n = this.aux(n);
    return n >= 0 && this.kind(n) === ALIAS ? -1 : n;
  }

  /**
   * The key record of the last pair whose key text is `name` (findPair), or -1. This runs for every
   * step of every diagnostic's path, mostly before the JIT has compiled it: records are read inline
   * and a plain one-line key is compared straight in the source.
   */
  private findKey(map: number, name: string): number {
    const { records, first, source } = this;
    let found = -1;
    let key = map + 1;
    for (let pairs = records[first + map * STRIDE + AUX]!; pairs > 0; pairs--) {
      const r = first + key * STRIDE;
      if (records[r + KIND] === SCALAR && records[r + FLAGS]! & FAST) {
        const from = records[r + AUX]!;
        const length = records[r + VALUE_END]! - from;
        if (length === name.length && source.startsWith(name, from)) found = key;
      } else if (this.keyIs(key, name)) found = key;
      const value = records[r + AFTER]!; // the value's record follows the key's subtree
      key = records[first + value * STRIDE + AFTER]!;
    }
    return found;
  }

  /** The `index`-th item record of a sequence, or -1 (as `items[index]` is undefined). */
  private item(seq: number, index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.aux(seq)) return -1;
    const { records, first } = this;
    let item = seq + 1;
    for (let k = 0; k < index; k++) item = records[first + item * STRIDE + AFTER]!;
    return item;
  }

  /** stringifyKey(key) === name for a key that is not a plain one-line scalar. */
  private keyIs(key: number, name: string): boolean {
    const k = this.resolve(key);
    if (k < 0) return name === '';
    const kind = this.kind(k);
    if (kind === SCALAR) return this.scalarText(k) === name;
    return name === (kind === MAP ? '[object]' : '[array]');
  }

  /** The decoded text of a scalar record, as the parser's getScalarValue gave it. */
  private scalarText(i: number): string {
    const r = this.first + i * STRIDE;
    const flags = this.records[r + FLAGS]!;
    const valueStart = this.records[r + AUX]!;
    // What getScalarValue does for a `fast` scalar, without building an event for it.
    if (flags & FAST && valueStart >= 0)
      return this.source.slice(valueStart, this.records[r + VALUE_END]);
    const event: ScalarEvent = {
      type: 4,
      valueStart,
      valueEnd: this.records[r + VALUE_END]!,
      anchorStart: -1,
      anchorEnd: -1,
      tagStart: -1,
      tagEnd: -1,
      style: ((flags >> 4) & 15) as ScalarEvent['style'],
      chomping: ((flags >> 8) & 3) as ScalarEvent['chomping'],
      indent: this.records[r + INDENT]!,
      fast: (flags & FAST) !== 0,
    };
    return getScalarValue(this.source, event);
  }

  /** Builds the node objects of the subtree at record `first`, exactly as parse.ts built them. */
  private build(first: number): YNode {
    const open: (YMap | YSeq)[] = [];
    const openEnds: number[] = [];
    const pendingKeys: (YNode | null)[] = [];
    const anchored = this.extras ? new Map<number, YNode>() : null;
    let top: YNode | undefined;
    for (let i = first; i < this.after(first); i++) {
      while (openEnds.length > 0 && i >= openEnds[openEnds.length - 1]!) {
        open.pop();
        openEnds.pop();
        pendingKeys.pop();
      }
      const extra = this.extras?.get(i);
      const node = this.node(i, extra, anchored);
      if (extra?.anchor !== undefined) anchored?.set(i, node);
      const parent = open[open.length - 1];
      if (!parent) top = node;
      else if (parent.kind === 'seq') parent.items.push(node);
      else {
        const key = pendingKeys[pendingKeys.length - 1];
        if (key) {
          parent.pairs.push({ key, value: node });
          pendingKeys[pendingKeys.length - 1] = null;
        } else pendingKeys[pendingKeys.length - 1] = node;
      }
      if (node.kind === 'map' || node.kind === 'seq') {
        open.push(node);
        openEnds.push(this.after(i));
        pendingKeys.push(null);
      }
    }
    return top!;
  }

  /** One node object without its children (the same properties, in the same order, as parse.ts). */
  private node(i: number, extra: Extras | undefined, anchored: Map<number, YNode> | null): YNode {
    const r = this.first + i * STRIDE;
    const start = this.records[r + START]!;
    const end = this.records[r + END]!;
    let node: YNode;
    const kind = this.records[r + KIND];
    switch (kind) {
      case MAP:
      case SEQ: {
        const flow = (this.records[r + FLAGS]! & FLOW) !== 0;
        node =
          kind === MAP
            ? { kind: 'map', start, end, pairs: [], flow }
            : { kind: 'seq', start, end, items: [], flow };
        break;
      }
      case ALIAS: {
        const target = this.aux(i);
        const alias: YAlias = {
          kind: 'alias',
          name: extra?.name ?? '',
          target: target >= 0 ? anchored?.get(target) : undefined,
          start,
          end,
        };
        return alias;
      }
      default: {
        const text = this.scalarText(i);
        const style = STYLE_NAME[(this.records[r + FLAGS]! >> 4) & 15] ?? 'plain';
        const tag = extra?.tag;
        const value = tag
          ? resolveTagged(tag, text)
          : style === 'plain'
            ? resolvePlain(text)
            : text;
        node = { kind: 'scalar', text, value, style, start, end };
      }
    }
    if (extra?.anchor !== undefined) node.anchor = extra.anchor;
    if (extra?.tag !== undefined) node.tag = extra.tag;
    return node;
  }
}
