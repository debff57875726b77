/**
 * Tar headers as Go's `archive/tar` reads them (`reader.go` readHeader, parsePAX, mergePAX; the
 * formats in `format.go`): the checksum decides the format, numbers are octal or base-256, names
 * are NUL-terminated, pax records are length-prefixed. Pure functions over one 512-byte block.
 */
import { strFromU8 } from 'fflate';

export const BLOCK = 512;

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

/** Typeflags whose data Go reads as empty whatever the size field says (isHeaderOnlyType). */
export const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);

/** The entry's type from its typeflag (and, for Go's TypeRegA, a trailing slash). */
export function classifyTypeflag(typeflag: string, name: string): TarEntryType {
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

export interface ParsedHeader {
  name: string;
  typeflag: string;
  size: number;
}

/**
 * Go's `readHeader`: the checksum (unsigned or signed sum) decides the format; ustar and pax
 * headers join prefix and name, star its shorter prefix; numeric fields are octal or base-256.
 * Returns why the header is invalid as a string.
 */
export function parseHeader(b: Uint8Array, offset: number): ParsedHeader | string {
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
  let name = readCString(b, 0, 100);
  const prefix = ustar ? readCString(b, 345, 155) : star ? readCString(b, 345, 131) : '';
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

/** A block of zeros: half of the end-of-archive marker. */
export function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** Where a NUL-terminated field ends. */
export function findNul(b: Uint8Array, from = 0, to = b.length): number {
  for (let i = from; i < to; i++) if (b[i] === 0) return i;
  return to;
}

/** A NUL-terminated field (Go's parseString). */
function readCString(b: Uint8Array, at: number, length: number): string {
  return decodeText(b.subarray(at, findNul(b, at, at + length)));
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

export interface MergedPax {
  path?: string;
  size?: number;
  sparse: boolean;
  sparseName?: string;
}

/** Go's `mergePAX`: an empty value keeps the ustar field; numbers must parse. */
export function mergePax(records: ReadonlyMap<string, string>): MergedPax | string {
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
