import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';

/**
 * The versioned permalink codec: a JSON payload, deflated, framed with a CRC-32 and written as
 * base64url after a version prefix: `v1.<base64url(crc32 ‖ deflate(json))>`. The CRC covers the
 * prefix and the compressed bytes, so a truncated or edited link is refused before it is inflated.
 */

/** Inflating stops past this many bytes: a small link must not expand into gigabytes. */
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;
/** Links longer than this may be cut by chat tools, mail clients and some servers. */
export const SHARE_LINK_WARN_LENGTH = 8000;

/** Compressed input is fed to the inflater in slices this big, so the size guard acts early. */
const INFLATE_SLICE = 1024;
const CRC_BYTES = 4;

/** Deflate never expands by more than a few bytes per 16 KiB block; anything longer is not ours. */
function maxDataChars(maxInflated: number): number {
  return Math.ceil(((maxInflated * 1.01 + 1024) * 4) / 3);
}

export interface ShareFormat {
  /** The payload version new links are written with. */
  version: number;
  /**
   * Upgrades a payload written by an older version (`fromVersion < version`) to the current shape;
   * returns undefined when it cannot. Each later version adds its step here.
   */
  migrate?: (payload: unknown, fromVersion: number) => unknown;
  /** Inflating stops past this many bytes (default MAX_INFLATED_BYTES, for links from anywhere). */
  maxInflatedBytes?: number;
}

export type ShareDecodeFailure =
  | 'not-a-link'
  | 'unsupported-version'
  | 'newer-version'
  | 'malformed'
  | 'corrupt'
  | 'too-large'
  | 'not-json';

export type ShareDecodeResult =
  | { kind: 'ok'; payload: unknown; version: number }
  | { kind: 'error'; reason: ShareDecodeFailure; message: string };

/**
 * Encodes a JSON-serialisable payload as a link fragment (without the `#`). Level 9 makes the
 * shortest links; autosave uses a faster level.
 */
export function encodeShareFragment(
  payload: unknown,
  version: number,
  level: 1 | 6 | 9 = 9,
): string {
  const prefix = `v${version}.`;
  const compressed = deflateSync(strToU8(JSON.stringify(payload)), { level });
  const framed = new Uint8Array(CRC_BYTES + compressed.length);
  framed.set(compressed, CRC_BYTES);
  writeUint32(framed, crc32(compressed, crc32(strToU8(prefix))));
  return prefix + encodeBase64Url(framed);
}

/**
 * Decodes a link fragment (with or without its `#`). Never throws: a damaged, foreign, too new or
 * too large link comes back as an error with a sentence the UI can show as is.
 */
export function decodeShareFragment(fragment: string, format: ShareFormat): ShareDecodeResult {
  const match = /^#?v(\d{1,6})\.(.*)$/s.exec(fragment);
  if (!match) return failure('not-a-link', 'This address does not contain a design.');
  const version = Number(match[1]);
  const data = match[2]!;
  if (version > format.version)
    return failure(
      'newer-version',
      `This link was made by a newer version of the designer (format ${version}); this page reads up to format ${format.version}.`,
    );
  if (version < 1 || (version < format.version && !format.migrate))
    return failure(
      'unsupported-version',
      `This link uses format ${version}, which this page cannot read.`,
    );
  const limit = format.maxInflatedBytes ?? MAX_INFLATED_BYTES;
  if (data.length > maxDataChars(limit)) return tooLarge(limit);
  const framed = decodeBase64Url(data);
  if (!framed || framed.length <= CRC_BYTES)
    return failure(
      'malformed',
      'This link is damaged: it contains characters a design link never has, or is cut short.',
    );
  const compressed = framed.subarray(CRC_BYTES);
  if (readUint32(framed) !== crc32(compressed, crc32(strToU8(`v${version}.`))))
    return failure(
      'corrupt',
      'This link is damaged (its checksum does not match): it was cut short or changed.',
    );
  const inflated = inflateLimited(compressed, limit);
  if (inflated === 'too-large') return tooLarge(limit);
  if (inflated === 'corrupt')
    return failure('corrupt', 'This link is damaged: its compressed data does not decode.');
  let payload: unknown;
  try {
    payload = JSON.parse(strFromU8(inflated));
  } catch {
    return failure('not-json', 'This link is damaged: its content is not a design.');
  }
  if (version < format.version) {
    payload = format.migrate?.(payload, version);
    if (payload === undefined)
      return failure(
        'unsupported-version',
        `This link uses format ${version}, which this page cannot read.`,
      );
  }
  return { kind: 'ok', payload, version };
}

/**
 * Inflates raw deflate data a slice at a time and stops as soon as the output passes `limit`, so a
 * decompression bomb costs at most about one slice's worth of output beyond the limit.
 */
export function inflateLimited(
  compressed: Uint8Array,
  limit: number,
): Uint8Array | 'too-large' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= limit) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_SLICE) {
      const end = Math.min(at + INFLATE_SLICE, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
      if (total > limit) return 'too-large';
    }
  } catch {
    return 'corrupt';
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function failure(reason: ShareDecodeFailure, message: string): ShareDecodeResult {
  return { kind: 'error', reason, message };
}

function tooLarge(limit: number): ShareDecodeResult {
  return failure(
    'too-large',
    `This link expands to more than ${limit / 1024 / 1024} MiB; it was refused.`,
  );
}

function writeUint32(bytes: Uint8Array, value: number): void {
  bytes[0] = value >>> 24;
  bytes[1] = (value >>> 16) & 0xff;
  bytes[2] = (value >>> 8) & 0xff;
  bytes[3] = value & 0xff;
}

function readUint32(bytes: Uint8Array): number {
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}
