/**
 * Writing packed trees (packedTree.ts): records into shared chunks, from a node tree (packTree) or
 * straight from the parser's events (plainDocument.ts).
 */
import type { ScalarEvent } from 'js-yaml';
import { PackedTree } from './packedTree.ts';
import * as layout from './packedRecords.ts';
import type { ScalarStyle, YNode, YScalar } from './tree.ts';

/**
 * The scalar nodes of a freshly built tree with the parser events they were read from, in the
 * order they were built (the tree's own order, bar nodes the tree dropped).
 */
export interface ScalarSources {
  nodes: YScalar[];
  events: ScalarEvent[];
}

/**
 * Where the packed trees of one stream are written: shared chunks, growing from 16 KB to 1 MB, since
 * allocating an Int32Array per document costs more than packing the document.
 */
export class PackArena {
  chunk = new Int32Array(0);
  /** Ints of `chunk` in use. */
  used = 0;

  /** Makes room for `ints` more in `chunk`, starting a new chunk when the current one is full. */
  reserve(ints: number): void {
    if (this.used + ints <= this.chunk.length) return;
    const size = Math.min(Math.max(this.chunk.length * 2, 1 << 12), 1 << 18);
    this.chunk = new Int32Array(Math.max(size, ints));
    this.used = 0;
  }
}

/**
 * Writes one document's records into the arena in document order: a node where it starts, and a
 * collection's end and size where it closes. The arena is not advanced before finish().
 */
export class PackWriter {
  private readonly records: Int32Array;
  private readonly first: number;
  private count = 0;
  private extras: Map<number, layout.Extras> | null = null;
  private hasAliases = false;

  /** `maxNodes`: an upper bound of the document's node count (its event count will do). */
  constructor(
    private readonly arena: PackArena,
    maxNodes: number,
  ) {
    arena.reserve(maxNodes * layout.STRIDE);
    this.records = arena.chunk;
    this.first = arena.used;
  }

  /** Starts a mapping or sequence at `start`; returns its record, for close(). */
  open(kind: 'map' | 'seq', start: number, flow: boolean): number {
    const r = this.first + this.count * layout.STRIDE;
    this.records[r + layout.KIND] = kind === 'map' ? layout.MAP : layout.SEQ;
    this.records[r + layout.START] = start;
    this.records[r + layout.FLAGS] = flow ? layout.FLOW : 0;
    return this.count++;
  }

  /** Ends collection `i` (written since it opened) at `end`, with `size` pairs or items. */
  close(i: number, end: number, size: number): void {
    const r = this.first + i * layout.STRIDE;
    this.records[r + layout.END] = end;
    this.records[r + layout.AUX] = size;
    this.records[r + layout.AFTER] = this.count;
  }

  /** A scalar spanning [start, end), read from `event` by the parser; returns its record. */
  scalar(start: number, end: number, event: ScalarEvent): number {
    const r = this.first + this.count * layout.STRIDE;
    this.records[r + layout.KIND] = layout.SCALAR;
    this.records[r + layout.START] = start;
    this.records[r + layout.END] = end;
    this.records[r + layout.AUX] = event.valueStart;
    this.records[r + layout.VALUE_END] = event.valueEnd;
    this.records[r + layout.INDENT] = event.indent;
    this.records[r + layout.FLAGS] =
      (event.fast ? layout.FAST : 0) | (event.style << 4) | (event.chomping << 8);
    this.records[r + layout.AFTER] = ++this.count;
    return this.count - 1;
  }

  /** An alias of record `target` (-1: an unknown anchor); returns its record. */
  alias(start: number, end: number, target: number): number {
    const r = this.first + this.count * layout.STRIDE;
    this.records[r + layout.KIND] = layout.ALIAS;
    this.records[r + layout.START] = start;
    this.records[r + layout.END] = end;
    this.records[r + layout.AUX] = target;
    this.records[r + layout.AFTER] = ++this.count;
    this.hasAliases = true;
    return this.count - 1;
  }

  /** Record `i`'s anchor, tag or alias name. */
  extra(i: number, extra: layout.Extras): void {
    (this.extras ??= new Map()).set(i, extra);
  }

  /** The packed tree of the records written; `source` is the text the parser read. */
  finish(source: string): PackedTree {
    this.arena.used = this.first + this.count * layout.STRIDE;
    return new PackedTree(source, this.records, this.first, this.extras, this.hasAliases);
  }
}

/**
 * Packs a tree built by buildTree into the arena, given the events its scalars were read from and
 * an upper bound of its node count.
 */
export function packTree(
  source: string,
  root: YNode,
  scalars: ScalarSources,
  maxNodes: number,
  arena: PackArena,
): PackedTree {
  const writer = new PackWriter(arena, maxNodes);
  const anchored = new Map<YNode, number>();
  let cursor = 0;
  const eventOf = (node: YScalar): ScalarEvent | undefined => {
    // The tree holds every scalar built, in build order; a dropped one is skipped.
    while (cursor < scalars.nodes.length && scalars.nodes[cursor] !== node) cursor++;
    return scalars.events[cursor++];
  };
  const write = (node: YNode): void => {
    let i: number;
    switch (node.kind) {
      case 'scalar':
        i = writer.scalar(node.start, node.end, eventOf(node) ?? emptyEvent(node.style));
        break;
      case 'alias':
        i = writer.alias(node.start, node.end, (node.target && anchored.get(node.target)) ?? -1);
        writer.extra(i, { name: node.name });
        return;
      case 'map':
      case 'seq': {
        i = writer.open(node.kind, node.start, node.flow);
        if (node.anchor !== undefined) anchored.set(node, i);
        if (node.kind === 'map') {
          for (const pair of node.pairs) {
            write(pair.key);
            write(pair.value);
          }
        } else for (const item of node.items) write(item);
        writer.close(i, node.end, node.kind === 'map' ? node.pairs.length : node.items.length);
      }
    }
    if (node.kind === 'scalar' && node.anchor !== undefined) anchored.set(node, i);
    if (node.anchor !== undefined || node.tag !== undefined) {
      const extra: layout.Extras = {};
      if (node.anchor !== undefined) extra.anchor = node.anchor;
      if (node.tag !== undefined) extra.tag = node.tag;
      writer.extra(i, extra);
    }
  };
  write(root);
  return writer.finish(source);
}

/** The event of a scalar the tree does not list (there is none: a safety net for pack). */
function emptyEvent(style: ScalarStyle): ScalarEvent {
  return {
    type: 4,
    valueStart: -1,
    valueEnd: -1,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: layout.STYLE_NUMBER[style] as ScalarEvent['style'],
    chomping: 1,
    indent: -1,
    fast: false,
  };
}
