/**
 * A streaming tar reader that sees an archive as Go's `archive/tar` Reader does, which is what
 * Velero extracts a backup with (`pkg/archive/extractor.go` readBackup): ustar (with its prefix),
 * GNU long names and links, pax `path`/`linkpath`/`size` records, the GNU and pax sparse headers
 * skipped over. Bytes arrive chunk by chunk; only the data the handler asks for is kept. It never
 * throws: a problem is returned once, and later input is ignored.
 */
import {
  BLOCK,
  HEADER_ONLY,
  decodeText,
  classifyTypeflag,
  isZero,
  mergePax,
  findNul,
  parseHeader,
  parsePax,
  type ParsedHeader,
  type TarEntryType,
} from './tarHeader.ts';

export { decodeText, type TarEntryType } from './tarHeader.ts';

/** Go's `maxSpecialFileSize`: a pax or GNU long-name header's data may not be longer. */
const MAX_SPECIAL_FILE = 1 << 20;

/** One entry as `tar.Reader.Next` returns it. */
export interface TarEntry {
  /** `Header.Name`: the GNU long name, else the pax `path`, else ustar prefix + "/" + name. */
  name: string;
  type: TarEntryType;
  /** The raw typeflag byte, as a one-character string. */
  typeflag: string;
  /** Data bytes that follow the header (0 for header-only types, as Go reads them). */
  size: number;
  /** Where the entry's header starts in the uncompressed stream. */
  offset: number;
}

export interface TarProblem {
  kind: 'not-tar' | 'bad-header' | 'truncated';
  message: string;
  /** Offset in the uncompressed stream. */
  offset: number;
}

export interface TarHandler {
  /** Called per entry; returns how many leading bytes of its data to collect (0: none). */
  onEntry(entry: TarEntry): number;
  /** The collected bytes of the entry last announced, once they are read. */
  onData(entry: TarEntry, bytes: Uint8Array): void;
}

type Meta = 'pax' | 'pax-global' | 'long-name' | 'long-link';

type State =
  | { kind: 'header' }
  | { kind: 'second-zero' }
  | { kind: 'sparse-extension'; entry: TarEntry; physical: number }
  | { kind: 'data'; entry: TarEntry | null; meta: Meta | null; remaining: number; pad: number }
  | { kind: 'padding'; remaining: number }
  | { kind: 'end' }
  | { kind: 'failed' };

/**
 * Push-based: `push` each chunk of the uncompressed stream, then `finish`. Both return the first
 * problem (null while all is well). `ended` turns true at the end-of-archive marker; Go's reader
 * stops there, and so does this one: later bytes are not looked at.
 */
export class TarReader {
  private state: State = { kind: 'header' };
  private block = new Uint8Array(BLOCK);
  private blockFill = 0;
  private offset = 0;
  private collect: Collected | null = null;
  private pax: Map<string, string> | null = null;
  private longName = '';
  /** The name and offset of the pax global header being read (Go returns it as an entry). */
  private meta = { name: '', offset: 0 };
  private entries = 0;
  private problem: TarProblem | null = null;

  constructor(private readonly handler: TarHandler) {}

  /** True once the archive's end marker (two zero blocks) was read, or after a problem. */
  get ended(): boolean {
    return this.state.kind === 'end' || this.state.kind === 'failed';
  }

  /** How many entries were announced to the handler. */
  get entryCount(): number {
    return this.entries;
  }

  push(chunk: Uint8Array): TarProblem | null {
    let at = 0;
    while (at < chunk.length && !this.ended) at += this.step(chunk, at);
    return this.problem;
  }

  /**
   * The input ended. Go returns a clean io.EOF at a header boundary or inside the padding after
   * data, and io.ErrUnexpectedEOF inside a header or an entry's data.
   */
  finish(): TarProblem | null {
    if (this.problem) return this.problem;
    const s = this.state;
    const clean =
      s.kind === 'end' ||
      s.kind === 'padding' ||
      ((s.kind === 'header' || s.kind === 'second-zero') && this.blockFill === 0) ||
      (s.kind === 'data' && s.remaining === 0);
    if (clean) {
      this.state = { kind: 'end' };
      return null;
    }
    return this.fail('truncated', 'the archive ends in the middle of an entry (truncated)');
  }

  private fail(kind: TarProblem['kind'], message: string): TarProblem {
    this.problem = { kind, message, offset: this.offset };
    this.state = { kind: 'failed' };
    return this.problem;
  }

  /** Consumes bytes of `chunk` from `at`; returns how many. */
  private step(chunk: Uint8Array, at: number): number {
    const s = this.state;
    switch (s.kind) {
      case 'header':
      case 'second-zero':
      case 'sparse-extension': {
        if (this.blockFill === 0 && chunk.length - at >= BLOCK) {
          // The whole block is in this chunk: read it in place.
          this.readBlock(chunk.subarray(at, at + BLOCK));
          this.offset += BLOCK;
          return BLOCK;
        }
        const n = Math.min(BLOCK - this.blockFill, chunk.length - at);
        this.block.set(chunk.subarray(at, at + n), this.blockFill);
        this.blockFill += n;
        if (this.blockFill === BLOCK) {
          this.blockFill = 0;
          this.readBlock(this.block);
          this.offset += BLOCK;
        }
        return n;
      }
      case 'data': {
        const n = Math.min(s.remaining, chunk.length - at);
        const c = this.collect;
        if (c && c.fill < c.length) {
          const take = Math.min(n, c.length - c.fill);
          if (c.fill === 0 && take === c.length) c.buffer = chunk.subarray(at, at + take);
          else {
            if (c.fill === 0) c.buffer = new Uint8Array(c.length);
            c.buffer.set(chunk.subarray(at, at + take), c.fill);
          }
          c.fill += take;
        }
        s.remaining -= n;
        this.offset += n;
        if (s.remaining === 0) this.endData(s);
        return n;
      }
      case 'padding': {
        const n = Math.min(s.remaining, chunk.length - at);
        s.remaining -= n;
        this.offset += n;
        if (s.remaining === 0) this.state = { kind: 'header' };
        return n;
      }
      case 'end':
      case 'failed':
        return chunk.length - at;
    }
  }

  private readBlock(block: Uint8Array): void {
    const s = this.state;
    if (s.kind === 'sparse-extension') {
      // Old GNU sparse: extension blocks follow while their isExtended byte is set.
      if (block[504] === 0) this.startData(s.entry, null, s.physical);
      return;
    }
    if (isZero(block)) {
      this.state = s.kind === 'header' ? { kind: 'second-zero' } : { kind: 'end' };
      return;
    }
    if (s.kind === 'second-zero') {
      this.fail('bad-header', 'a zero block followed by data (invalid tar header)');
      return;
    }
    this.readHeader(block);
  }

  private readHeader(block: Uint8Array): void {
    const header = parseHeader(block, this.offset);
    if (typeof header === 'string') {
      if (this.offset === 0 && this.entries === 0) this.fail('not-tar', 'not a tar archive');
      else this.fail('bad-header', `invalid tar header at byte ${this.offset}: ${header}`);
      return;
    }
    const { typeflag } = header;
    if (typeflag === 'x' || typeflag === 'g') {
      this.startData(null, typeflag === 'x' ? 'pax' : 'pax-global', header.size, header.name);
      return;
    }
    if (typeflag === 'L' || typeflag === 'K') {
      this.startData(null, typeflag === 'L' ? 'long-name' : 'long-link', header.size);
      return;
    }
    this.announce(header, block[482] !== 0);
  }

  /** Applies the pending pax and GNU records (Go's mergePAX, then the GNU names) and hands over. */
  private announce(header: ParsedHeader, extended: boolean): void {
    let name = header.name;
    let size = header.size;
    let sparse = header.typeflag === 'S';
    const pax = this.pax;
    if (pax) {
      const merged = mergePax(pax);
      if (typeof merged === 'string') return void this.fail('bad-header', merged);
      if (merged.path !== undefined) name = merged.path;
      if (merged.size !== undefined) size = merged.size;
      if (merged.sparseName !== undefined) name = merged.sparseName;
      sparse ||= merged.sparse;
    }
    if (this.longName !== '') name = this.longName;
    this.pax = null;
    this.longName = '';
    if (size < 0) return void this.fail('bad-header', `negative size at byte ${this.offset}`);
    let type = classifyTypeflag(header.typeflag, name);
    if (sparse) type = 'sparse';
    const dataSize = HEADER_ONLY.has(header.typeflag) ? 0 : size;
    const entry: TarEntry = {
      name,
      type,
      typeflag: header.typeflag,
      size: dataSize,
      offset: this.offset,
    };
    this.entries += 1;
    const asked = this.handler.onEntry(entry);
    this.collect = asked > 0 ? startCollecting(Math.min(asked, dataSize)) : null;
    if (header.typeflag === 'S' && extended) {
      this.state = { kind: 'sparse-extension', entry, physical: dataSize };
      return;
    }
    this.startData(entry, null, dataSize);
  }

  private startData(entry: TarEntry | null, meta: Meta | null, size: number, name = ''): void {
    if (meta !== null) {
      if (size > MAX_SPECIAL_FILE) {
        this.fail('bad-header', `a ${meta} header of ${size} bytes (Go's limit is 1 MiB)`);
        return;
      }
      this.collect = startCollecting(size);
      this.meta = { name, offset: this.offset };
    }
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    const data = { kind: 'data' as const, entry, meta, remaining: size, pad };
    this.state = data;
    if (size === 0) this.endData(data);
  }

  private endData(s: State & { kind: 'data' }): void {
    const collected = this.collect;
    this.collect = null;
    this.state = s.pad > 0 ? { kind: 'padding', remaining: s.pad } : { kind: 'header' };
    if (s.meta === null) {
      if (s.entry && collected) this.handler.onData(s.entry, collected.buffer);
      return;
    }
    const bytes = collected?.buffer ?? new Uint8Array(0);
    if (s.meta === 'long-name' || s.meta === 'long-link') {
      // Only the name matters here: links are never followed (Velero extracts none).
      if (s.meta === 'long-name') this.longName = decodeText(bytes.subarray(0, findNul(bytes)));
      return;
    }
    const records = parsePax(bytes);
    if (typeof records === 'string') return void this.fail('bad-header', records);
    if (s.meta === 'pax') {
      this.pax = records;
      return;
    }
    // Go returns a global header as an entry of its own and applies it to nothing.
    const path = records.get('path');
    this.entries += 1;
    this.handler.onEntry({
      name: path !== undefined && path !== '' ? path : this.meta.name,
      type: 'pax-global',
      typeflag: 'g',
      size: 0,
      offset: this.meta.offset,
    });
  }
}

/**
 * The wanted bytes of an entry. Data that sits whole in one chunk is handed over as a view of it;
 * otherwise a buffer is allocated on its first bytes.
 */
interface Collected {
  buffer: Uint8Array;
  fill: number;
  length: number;
}

function startCollecting(length: number): Collected {
  return { buffer: EMPTY, fill: 0, length };
}
const EMPTY = new Uint8Array(0);
