import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import {
  decodeShareFragment,
  encodeShareFragment,
  inflateLimited,
  MAX_INFLATED_BYTES,
  type ShareFormat,
} from './codec.ts';
import { crc32 } from './crc32.ts';

const v1: ShareFormat = { version: 1 };
const design = {
  manifestsText: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: db # ünïcödé ✓ 🐘\n',
  restoreText: '',
  options: { fullRestore: true, mapping: [['prod', 'staging']] },
};

/** A frame built by hand from the documented format, with Node's own CRC-32. */
function frame(version: number, compressed: Uint8Array): string {
  const prefix = `v${version}.`;
  const crc = nodeCrc32(Buffer.from(compressed), nodeCrc32(prefix));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(crc);
  return prefix + Buffer.concat([head, compressed]).toString('base64url');
}

describe('encodeShareFragment / decodeShareFragment', () => {
  it('round-trips a design exactly, with or without the #', () => {
    const fragment = encodeShareFragment(design, 1);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment, v1)).toEqual({ kind: 'ok', payload: design, version: 1 });
    expect(decodeShareFragment(`#${fragment}`, v1)).toMatchObject({ payload: design });
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const decoded = decodeShareFragment(encodeShareFragment(value, 1), v1);
        expect(decoded).toEqual({
          kind: 'ok',
          payload: JSON.parse(JSON.stringify(value)) as unknown,
          version: 1,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('follows the documented frame: crc32(prefix ‖ deflate) ‖ deflate, base64url', () => {
    const compressed = deflateSync(strToU8(JSON.stringify(design)));
    expect(decodeShareFragment(frame(1, compressed), v1)).toMatchObject({
      kind: 'ok',
      payload: design,
    });
  });

  it('refuses every truncation and every single-character change', () => {
    const fragment = encodeShareFragment(design, 1);
    for (let cut = 3; cut < fragment.length; cut++) {
      expect(decodeShareFragment(fragment.slice(0, cut), v1).kind).toBe('error');
    }
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let at = 3; at < fragment.length; at++) {
      const c = fragment[at]!;
      const other = alphabet[(alphabet.indexOf(c) + 17) % 64]!;
      const tampered = fragment.slice(0, at) + other + fragment.slice(at + 1);
      expect(decodeShareFragment(tampered, v1).kind).toBe('error');
    }
  });

  it.each([
    ['', 'not-a-link'],
    ['#section-2', 'not-a-link'],
    ['v1', 'not-a-link'],
    ['v1.', 'malformed'],
    ['v1.abc!def', 'malformed'],
    ['v1.A', 'malformed'],
    ['v1.AAAAAAAAAA', 'corrupt'],
    ['v0.AAAAAAAAAA', 'unsupported-version'],
    ['v2.AAAAAAAAAA', 'newer-version'],
  ])('refuses %j as %s', (fragment, reason) => {
    expect(decodeShareFragment(fragment, v1)).toMatchObject({ kind: 'error', reason });
  });

  it('refuses a well-framed link whose content is not JSON', () => {
    const result = decodeShareFragment(frame(1, deflateSync(strToU8('{not json'))), v1);
    expect(result).toMatchObject({ kind: 'error', reason: 'not-json' });
  });

  it('refuses a well-framed link whose data is not deflate', () => {
    const result = decodeShareFragment(frame(1, new Uint8Array([0xff, 0xff, 0xff, 0xff])), v1);
    expect(result).toMatchObject({ kind: 'error', reason: 'corrupt' });
  });

  it('stops a decompression bomb at the limit', () => {
    const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
    const started = performance.now();
    const result = decodeShareFragment(frame(1, bomb), v1);
    expect(result).toMatchObject({ kind: 'error', reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('migrates an older payload and refuses one the migration cannot read', () => {
    const old = encodeShareFragment({ text: 'a' }, 1);
    const v2: ShareFormat = {
      version: 2,
      migrate: (payload, from) =>
        from === 1 && typeof payload === 'object' && payload !== null && 'text' in payload
          ? { manifestsText: payload.text }
          : undefined,
    };
    expect(decodeShareFragment(old, v2)).toEqual({
      kind: 'ok',
      payload: { manifestsText: 'a' },
      version: 1,
    });
    expect(decodeShareFragment(encodeShareFragment([1], 1), v2)).toMatchObject({
      reason: 'unsupported-version',
    });
    expect(decodeShareFragment(old, { version: 2 })).toMatchObject({
      reason: 'unsupported-version',
    });
  });

  it('takes a higher limit for trusted input (autosave) and a faster level', () => {
    const big = { text: 'x'.repeat(6 * 1024 * 1024) };
    const fragment = encodeShareFragment(big, 1, 1);
    expect(decodeShareFragment(fragment, v1)).toMatchObject({ reason: 'too-large' });
    expect(
      decodeShareFragment(fragment, { version: 1, maxInflatedBytes: 64 * 1024 * 1024 }),
    ).toEqual({
      kind: 'ok',
      payload: big,
      version: 1,
    });
  });
});

describe('inflateLimited', () => {
  it('returns the bytes up to the limit and refuses one byte more', () => {
    const data = new Uint8Array(10_000).map((_, i) => i % 251);
    const compressed = deflateSync(data);
    expect(inflateLimited(compressed, 10_000)).toEqual(data);
    expect(inflateLimited(compressed, 9_999)).toBe('too-large');
  });

  it('reports a stream cut short as corrupt', () => {
    const compressed = deflateSync(new Uint8Array(5000).map((_, i) => (i * 7) % 256));
    expect(inflateLimited(compressed.subarray(0, compressed.length - 3), MAX_INFLATED_BYTES)).toBe(
      'corrupt',
    );
  });
});

describe('base64url and crc32', () => {
  it('match Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = encodeBase64Url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(encoded)).toEqual(bytes);
        expect(crc32(bytes)).toBe(nodeCrc32(Buffer.from(bytes)));
      }),
    );
  });

  it('refuses non-canonical trailing bits', () => {
    expect(decodeBase64Url('QQ')).toEqual(new Uint8Array([65]));
    expect(decodeBase64Url('QR')).toBeNull();
  });
});
