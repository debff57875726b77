/**
 * A streaming tar reader that sees an archive as Go's `archive/tar` Reader does, which is what
 * Velero extracts a backup with (`pkg/archive/extractor.go` readBackup): ustar (with its prefix),
 * GNU long names and links, pax `path`/`linkpath`/`size` records, the GNU and pax sparse headers
 * skipped over. Bytes arrive chunk by chunk; only the data the handler asks for is kept. It never
 * throws: a problem is returned once, and later input is ignored.
 */
import { strFromU8 } from 'fflate';

const BLOCK = 512;
/** Go's `maxSpecialFileSize`: a pax or GNU long-name header's data may not be longer. */
const MAX_SPECIAL_FILE = 1 << 20;

/** What an entry is, from its typeflag, as Velero's switch on `header.Typeflag` sees it. */
export type TarEntryType =
  | 'file'
  | 'directory'
  | 'symlink'
  | 'hardlink'
  | 'device'
  | 'fifo'
  | 'pax-global'
  | 'sparse'
  | 'other';

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
    let type = entryType(header.typeflag, name);
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
    this.collect = asked > 0 ? collector(Math.min(asked, dataSize)) : null;
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
      this.collect = collector(size);
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
      if (s.meta === 'long-name') this.longName = decodeText(bytes.subarray(0, nulIndex(bytes)));
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

function collector(length: number): Collected {
  return { buffer: EMPTY, fill: 0, length };
}
const EMPTY = new Uint8Array(0);

/** Typeflags whose data Go reads as empty whatever the size field says (isHeaderOnlyType). */
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);

function entryType(typeflag: string, name: string): TarEntryType {
  switch (typeflag) {
    case '0':
      return 'file';
    case '\0':
      // TypeRegA: Go reads a trailing slash as a directory.
      return name.endsWith('/') ? 'directory' : 'file';
    case '5':
      return 'directory';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
    case '4':
      return 'device';
    case '6':
      return 'fifo';
    case 'S':
      return 'sparse';
    default:
      return 'other';
  }
}

interface ParsedHeader {
  name: string;
  typeflag: string;
  size: number;
}

/**
 * Go's `readHeader`: the checksum (unsigned or signed sum) decides the format; ustar and pax
 * headers join prefix and name, star its shorter prefix; numeric fields are octal or base-256.
 * Returns why the header is invalid as a string.
 */
function parseHeader(b: Uint8Array, offset: number): ParsedHeader | string {
  const checksum = parseOctal(b, 148, 8);
  if (checksum === null || !checksumMatches(b, checksum))
    return `checksum mismatch at byte ${offset}`;
  const ustarMagic = bytesAre(b, 257, USTAR_MAGIC);
  const star = ustarMagic && bytesAre(b, 508, STAR_TRAILER);
  const ustar = ustarMagic && !star;
  const gnu = bytesAre(b, 257, GNU_MAGIC);
  for (let i = 0; i < NUMERIC_FIELDS.length; i += 2) {
    const at = NUMERIC_FIELDS[i]!;
    if (at > 300 && !(ustar || star || gnu)) break;
    if (parseNumeric(b, at, NUMERIC_FIELDS[i + 1]!) === null)
      return `invalid number at header byte ${at}`;
  }
  const size = parseNumeric(b, 124, 12);
  if (size === null) return 'invalid size';
  let name = cString(b, 0, 100);
  const prefix = ustar ? cString(b, 345, 155) : star ? cString(b, 345, 131) : '';
  if (prefix !== '') name = `${prefix}/${name}`;
  return { name, typeflag: String.fromCharCode(b[156]!), size };
}

/** Magic values, as bytes: ustar (and pax, star) "ustar\0", GNU "ustar  \0", star's trailer. */
const USTAR_MAGIC = [0x75, 0x73, 0x74, 0x61, 0x72, 0];
const GNU_MAGIC = [0x75, 0x73, 0x74, 0x61, 0x72, 0x20, 0x20, 0];
const STAR_TRAILER = [0x74, 0x61, 0x72, 0];
/** Offset and length of mode, uid, gid, mtime, then devmajor and devminor (not in V7). */
const NUMERIC_FIELDS = [100, 8, 108, 8, 116, 8, 136, 12, 329, 8, 337, 8];

function bytesAre(b: Uint8Array, at: number, expected: readonly number[]): boolean {
  for (let i = 0; i < expected.length; i++) if (b[at + i] !== expected[i]) return false;
  return true;
}

/** Go accepts the sum of the header's bytes as unsigned or as signed, the field read as spaces. */
function checksumMatches(b: Uint8Array, checksum: number): boolean {
  let unsigned = 8 * 0x20;
  let high = 0;
  for (let i = 0; i < 148; i++) {
    unsigned += b[i]!;
    if (b[i]! >= 0x80) high += 1;
  }
  for (let i = 156; i < BLOCK; i++) {
    unsigned += b[i]!;
    if (b[i]! >= 0x80) high += 1;
  }
  return checksum === unsigned || checksum === unsigned - 0x100 * high;
}

/**
 * Go's `parseNumeric`: base-256 when the first byte's high bit is set, else octal with leading
 * and trailing spaces and NULs trimmed, cut at the first NUL. null when Go's parser fails.
 */
export function parseNumeric(b: Uint8Array, at: number, length: number): number | null {
  const first = b[at]!;
  if (first & 0x80) {
    const negative = (first & 0x40) !== 0;
    let x = 0;
    for (let i = 0; i < length; i++) {
      let c = b[at + i]!;
      if (negative) c ^= 0xff;
      if (i === 0) c &= 0x7f;
      x = x * 256 + c;
    }
    // Go fails past int64; past 2^53 no length is real either.
    if (x > Number.MAX_SAFE_INTEGER) return null;
    return negative ? -x - 1 : x;
  }
  return parseOctal(b, at, length);
}

/** Go's `parseOctal`, as the checksum is read. */
function parseOctal(b: Uint8Array, at: number, length: number): number | null {
  let start = at;
  let end = at + length;
  while (start < end && (b[start] === 0x20 || b[start] === 0)) start++;
  while (end > start && (b[end - 1] === 0x20 || b[end - 1] === 0)) end--;
  if (start === end) return 0;
  let x = 0;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c === 0) break;
    if (c < 0x30 || c > 0x37) return null;
    x = x * 8 + (c - 0x30);
  }
  return x;
}

function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

function nulIndex(b: Uint8Array, from = 0, to = b.length): number {
  for (let i = from; i < to; i++) if (b[i] === 0) return i;
  return to;
}

/** A NUL-terminated field (Go's parseString). */
function cString(b: Uint8Array, at: number, length: number): string {
  return decodeText(b.subarray(at, nulIndex(b, at, at + length)));
}

/** UTF-8, with an ASCII fast path for short strings (names are nearly always ASCII). */
export function decodeText(b: Uint8Array): string {
  if (b.length > 256) return strFromU8(b);
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return strFromU8(b);
  return String.fromCharCode.apply(null, b as unknown as number[]);
}

/**
 * Go's `parsePAX` and `parsePAXRecord`: `"%d %s=%s\n"` records, the length counting bytes; a key
 * is non-empty without `=`, a path, linkpath, uname or gname value holds no NUL. Returns why not.
 */
export function parsePax(bytes: Uint8Array): Map<string, string> | string {
  const records = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    if (space < 0) return 'invalid pax record (no length)';
    const digits = decodeText(bytes.subarray(at, space));
    if (!/^[+-]?\d+$/.test(digits)) return 'invalid pax record length';
    const n = Number(digits);
    if (n < 5 || at + n > bytes.length || space + 1 >= at + n) return 'invalid pax record length';
    const end = at + n;
    if (bytes[end - 1] !== 0x0a) return 'pax record without its newline';
    const record = bytes.subarray(space + 1, end - 1);
    const eq = record.indexOf(0x3d);
    if (eq <= 0) return 'pax record without a key';
    const key = decodeText(record.subarray(0, eq));
    const value = record.subarray(eq + 1);
    const strict = ['path', 'linkpath', 'uname', 'gname'].includes(key);
    if ((strict ? value : record.subarray(0, eq)).includes(0)) return 'NUL in a pax record';
    if (key === 'GNU.sparse.offset' || key === 'GNU.sparse.numbytes')
      records.set('GNU.sparse.map', 'yes');
    else records.set(key, decodeText(value));
    at = end;
  }
  return records;
}

interface MergedPax {
  path?: string;
  size?: number;
  sparse: boolean;
  sparseName?: string;
}

/** Go's `mergePAX`: an empty value keeps the ustar field; numbers must parse. */
function mergePax(records: ReadonlyMap<string, string>): MergedPax | string {
  const merged: MergedPax = { sparse: false };
  for (const [key, value] of records) {
    if (value === '') continue;
    if (key === 'path') merged.path = value;
    else if (['size', 'uid', 'gid'].includes(key)) {
      if (!/^[+-]?\d+$/.test(value)) return `invalid pax ${key} ${JSON.stringify(value)}`;
      if (key === 'size') merged.size = Number(value);
    } else if (['mtime', 'atime', 'ctime'].includes(key)) {
      if (!/^[+-]?\d+(\.\d*)?$/.test(value)) return `invalid pax ${key} ${JSON.stringify(value)}`;
    }
  }
  // checkForGNUSparsePAXHeaders: these records make Go read the data as a sparse map.
  const has = (k: string) => records.has(k);
  if (
    (has('GNU.sparse.major') && has('GNU.sparse.minor')) ||
    (has('GNU.sparse.name') && has('GNU.sparse.map')) ||
    has('GNU.sparse.size')
  ) {
    merged.sparse = true;
    const name = records.get('GNU.sparse.name');
    if (name !== undefined) merged.sparseName = name;
  }
  return merged;
}
