import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  chunksOf,
  concat,
  paxRecord,
  writeTar,
  type TarEntrySpec,
} from '../testing/backupArchive.ts';
import { TarReader, type TarEntryType } from './tar.ts';

interface Seen {
  name: string;
  type: TarEntryType;
  size: number;
  data?: string;
}

/** Reads a tar in chunks of `chunk` bytes, collecting every entry's data. */
function readTar(bytes: Uint8Array, chunk = 512, finish = true) {
  const entries: Seen[] = [];
  const reader = new TarReader({
    onEntry: (e) => {
      entries.push({ name: e.name, type: e.type, size: e.size });
      return e.size + 1;
    },
    onData: (_e, data) => {
      entries[entries.length - 1]!.data = strFromU8(data);
    },
  });
  let problem = null;
  for (const part of chunksOf(bytes, chunk)) problem ??= reader.push(part);
  if (finish) problem ??= reader.finish();
  return { entries, problem, ended: reader.ended };
}

const long = (n: number) =>
  `resources/deployments.apps/v1-preferredversion/namespaces/${'n'.repeat(n)}/web.json`;

describe('TarReader: entries as Go archive/tar returns them', () => {
  it.each([1, 7, 511, 512, 513, 4096, 1 << 20])(
    'the same entries in chunks of %i bytes',
    (size) => {
      const tar = writeTar([
        { name: 'metadata/version', data: '1.1.0\n' },
        { name: 'resources/pods/namespaces/prod/db-0.json', data: '{"kind":"Pod"}' },
        { name: 'resources/empty.json', data: '' },
        { name: 'resources/big.json', data: 'x'.repeat(1500) },
      ]);
      expect(readTar(tar, size)).toEqual({
        entries: [
          { name: 'metadata/version', type: 'file', size: 6, data: '1.1.0\n' },
          {
            name: 'resources/pods/namespaces/prod/db-0.json',
            type: 'file',
            size: 14,
            data: '{"kind":"Pod"}',
          },
          { name: 'resources/empty.json', type: 'file', size: 0, data: '' },
          { name: 'resources/big.json', type: 'file', size: 1500, data: 'x'.repeat(1500) },
        ],
        problem: null,
        ended: true,
      });
    },
  );

  it.each<[string, TarEntrySpec['longName'], number]>([
    ['ustar prefix (how Go writes up to 256 bytes)', 'go', 90],
    ['a pax path record (how Go writes longer names)', 'go', 300],
    ['a GNU long name entry', 'gnu', 90],
    ['a pax path record', 'pax', 90],
  ])('long names: %s', (_how, longName, n) => {
    const name = long(n);
    const { entries, problem } = readTar(writeTar([{ name, data: '{}', longName }]));
    expect(problem).toBeNull();
    expect(entries).toEqual([{ name, type: 'file', size: 2, data: '{}' }]);
  });

  it('a GNU long name wins over a pax path; neither leaks into the next entry', () => {
    const pax = strToU8(paxRecord('path', 'from-pax.json'));
    const gnu = strToU8('from-gnu.json\0');
    const tar = writeTar([
      { name: 'PaxHeaders/x', typeflag: 'x', data: pax },
      { name: '././@LongLink', typeflag: 'L', data: gnu },
      { name: 'short.json', data: '1' },
      { name: 'next.json', data: '2' },
    ]);
    expect(readTar(tar).entries.map((e) => e.name)).toEqual(['from-gnu.json', 'next.json']);
  });

  it("a pax size record sets the data's length; an empty value keeps the header's", () => {
    const tar = writeTar([
      { name: 'PaxHeaders/x', typeflag: 'x', data: strToU8(paxRecord('size', '3')) },
      { name: 'a.json', data: 'abc', size: 0 },
      { name: 'PaxHeaders/y', typeflag: 'x', data: strToU8(paxRecord('size', '')) },
      { name: 'b.json', data: 'de' },
    ]);
    expect(readTar(tar).entries.map((e) => [e.name, e.data])).toEqual([
      ['a.json', 'abc'],
      ['b.json', 'de'],
    ]);
  });

  it('a pax global header is an entry of its own and changes nothing after it', () => {
    const tar = writeTar([
      { name: 'pax_global_header', typeflag: 'g', data: strToU8(paxRecord('path', 'elsewhere')) },
      { name: 'a.json', data: 'a' },
    ]);
    expect(readTar(tar).entries.map((e) => [e.name, e.type])).toEqual([
      ['elsewhere', 'pax-global'],
      ['a.json', 'file'],
    ]);
  });

  it.each<[string, string, TarEntryType]>([
    ['0', 'a', 'file'],
    ['\0', 'a', 'file'],
    ['\0', 'dir/', 'directory'],
    ['5', 'dir/', 'directory'],
    ['1', 'hard', 'hardlink'],
    ['2', 'soft', 'symlink'],
    ['3', 'tty', 'device'],
    ['4', 'disk', 'device'],
    ['6', 'pipe', 'fifo'],
    ['7', 'contiguous', 'other'],
  ])('typeflag %j (%s) is a %s', (typeflag, name, type) => {
    expect(readTar(writeTar([{ name, typeflag }])).entries).toMatchObject([{ name, type }]);
  });

  it('links, devices, fifos and folders have no data whatever their size field says (isHeaderOnlyType)', () => {
    const tar = writeTar([
      { name: 'link', typeflag: '2', linkName: '/etc/passwd', size: 600 },
      { name: 'after.json', data: 'ok' },
    ]);
    expect(readTar(tar).entries).toEqual([
      { name: 'link', type: 'symlink', size: 0, data: '' },
      { name: 'after.json', type: 'file', size: 2, data: 'ok' },
    ]);
  });

  it('an old GNU sparse entry is skipped with its extension blocks', () => {
    const tar = writeTar([
      { name: 'sparse', typeflag: 'S', data: 'xy' },
      { name: 'after', data: 'z' },
    ]);
    // isExtended (byte 482) set, then one extension block whose own isExtended (504) is clear.
    const header = tar.slice(0, 512);
    header[482] = 1;
    fixChecksum(header);
    const withExtension = concat([header, new Uint8Array(512), tar.subarray(512)]);
    expect(readTar(withExtension).entries.map((e) => [e.name, e.type, e.data])).toEqual([
      ['sparse', 'sparse', 'xy'],
      ['after', 'file', 'z'],
    ]);
  });

  it('reads a base-256 size and a signed checksum', () => {
    const tar = writeTar([{ name: 'a', data: 'hello' }]);
    const h = tar.subarray(0, 512);
    h.fill(0, 124, 136);
    h[124] = 0x80;
    h[135] = 5;
    h[0] = 0xe9; // a Latin-1 byte: the signed and unsigned sums differ
    let signed = 0;
    h.fill(0x20, 148, 156);
    for (const c of h) signed += c >= 0x80 ? c - 256 : c;
    h.set(strToU8(signed.toString(8).padStart(6, '0') + '\0 '), 148);
    const { entries, problem } = readTar(tar);
    expect(problem).toBeNull();
    expect(entries[0]).toMatchObject({ size: 5, data: 'hello' });
  });

  it('stops at the end marker: what follows is not read', () => {
    const tar = concat([writeTar([{ name: 'a', data: '1' }]), strToU8('trailing garbage')]);
    expect(readTar(tar)).toMatchObject({ entries: [{ name: 'a' }], problem: null, ended: true });
  });
});

describe('TarReader: where Go fails, and where it does not', () => {
  const two = writeTar([
    { name: 'a.json', data: 'x'.repeat(700) },
    { name: 'b.json', data: 'y' },
  ]);

  it.each<[string, Uint8Array, string | null]>([
    ['ends at an entry boundary without the end marker (io.EOF)', two.subarray(0, 2560), null],
    ['ends inside the padding after data (io.EOF)', two.subarray(0, 512 + 700 + 10), null],
    ['ends after one zero block', two.subarray(0, 3072), null],
    ['ends inside data', two.subarray(0, 900), 'truncated'],
    ['ends inside a header', two.subarray(0, 1536 + 100), 'truncated'],
  ])('%s', (_name, bytes, kind) => {
    expect(readTar(bytes).problem?.kind ?? null).toBe(kind);
  });

  it.each<[string, (tar: Uint8Array) => void, string]>([
    ['a bad checksum on the first header is no tar', (t) => (t[0] = 0x41), 'not-tar'],
    ['a bad checksum later is a corrupt header', (t) => (t[1024] = 0x41), 'bad-header'],
    [
      'a size that is not octal',
      (t) => {
        t.set(strToU8('0000000009\0'), 1024 + 124);
        fixChecksum(t.subarray(1024, 1536));
      },
      'bad-header',
    ],
    ['a zero block followed by data', (t) => t.fill(0, 1024, 1536), 'bad-header'],
  ])('%s', (_name, damage, kind) => {
    const tar = writeTar([
      { name: 'a.json', data: 'x'.repeat(10) },
      { name: 'b.json', data: 'y' },
    ]);
    damage(tar);
    expect(readTar(tar).problem?.kind).toBe(kind);
  });

  it.each<[string, Uint8Array]>([
    ['no length', strToU8('path=x\n')],
    ['a length past the data', strToU8('99 path=x\n')],
    ['no newline', strToU8('11 path=abc')],
    ['no key', strToU8('8 =abcd\n')],
    ['a NUL in the path', strToU8('11 path=a\0c\n')],
    ['an mtime that is no number', strToU8(paxRecord('mtime', 'soon'))],
  ])('a pax header with %s is a corrupt header', (_name, records) => {
    const tar = writeTar([
      { name: 'PaxHeaders/x', typeflag: 'x', data: records },
      { name: 'a.json', data: '1' },
    ]);
    expect(readTar(tar).problem?.kind).toBe('bad-header');
  });

  it("a pax header over Go's 1 MiB limit is refused before it is read", () => {
    const tar = writeTar([{ name: 'PaxHeaders/x', typeflag: 'x', size: (1 << 20) + 1 }]);
    const { problem } = readTar(tar.subarray(0, 512), 512, false);
    expect(problem?.kind).toBe('bad-header');
  });

  it('reports the problem once and reads nothing after it', () => {
    const tar = writeTar([
      { name: 'a', data: '1' },
      { name: 'b', data: '2' },
    ]);
    tar[1024] = 0x7f;
    const reader = new TarReader({ onEntry: () => 0, onData: () => {} });
    const first = reader.push(tar);
    expect(first?.kind).toBe('bad-header');
    expect(reader.push(tar)).toBe(first);
    expect(reader.finish()).toBe(first);
    expect(reader.entryCount).toBe(1);
  });
});

function fixChecksum(h: Uint8Array): void {
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += h[i]!;
  h.set(strToU8(sum.toString(8).padStart(6, '0') + '\0 '), 148);
}
