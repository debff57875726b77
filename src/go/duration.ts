/**
 * Go's `time.ParseDuration` and `time.Duration.String`, ported from Go's `src/time/format.go` and
 * `src/time/time.go` (unchanged since Go 1.17, checked against the current source). Velero parses
 * every hook timeout with ParseDuration and prints them with String, so the engine must agree with
 * both to the nanosecond, including Go's overflow checks.
 */
import type { Duration } from '../model/types.ts';

const TWO_63 = 1n << 63n;
const MAX_INT64 = TWO_63 - 1n;
const SECOND = 1_000_000_000n;

/** Go's `unitMap`. A Map, not an object, so that `"constructor"` is not a unit. */
const units = new Map<string, bigint>([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n], // U+00B5 MICRO SIGN
  ['\u03bcs', 1_000n], // U+03BC GREEK SMALL LETTER MU
  ['ms', 1_000_000n],
  ['s', SECOND],
  ['m', 60n * SECOND],
  ['h', 3600n * SECOND],
]);

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Go's `leadingInt`: consumes [0-9]* from `start`; null on uint64 overflow past 1<<63. */
function leadingInt(s: string, start: number): { x: bigint; end: number } | null {
  let x = 0n;
  let i = start;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    if (x > TWO_63 / 10n) return null;
    x = x * 10n + BigInt(c - 0x30);
    if (x > TWO_63) return null;
  }
  return { x, end: i };
}

/** Go's `leadingFraction`: like leadingInt, but on overflow it just stops adding precision. */
function leadingFraction(s: string, start: number): { x: bigint; scale: number; end: number } {
  let x = 0n;
  let scale = 1;
  let overflow = false;
  let i = start;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    if (overflow) continue;
    if (x > MAX_INT64 / 10n) {
      overflow = true;
      continue;
    }
    const y = x * 10n + BigInt(c - 0x30);
    if (y > TWO_63) {
      overflow = true;
      continue;
    }
    x = y;
    scale *= 10;
  }
  return { x, scale, end: i };
}

/**
 * Go's `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+` with units ns, us, µs, μs, ms, s,
 * m, h; "0" alone needs no unit. Returns null where Go returns an error. Velero uses it for the
 * exec-timeout/wait-timeout annotations (`internal/hook/item_hook_handler.go`) and metav1.Duration.
 */
export function parseDuration(s: string): Duration | null {
  let i = 0;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s.startsWith('-');
    i = 1;
  }
  if (s.slice(i) === '0') return 0n;
  if (i === s.length) return null;
  let d = 0n;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!(c === 0x2e || isDigit(c))) return null;
    const int = leadingInt(s, i);
    if (int === null) return null;
    const pre = int.end !== i;
    i = int.end;
    let f = 0n;
    let scale = 1;
    let post = false;
    if (i < s.length && s.charCodeAt(i) === 0x2e) {
      const frac = leadingFraction(s, i + 1);
      post = frac.end !== i + 1;
      ({ x: f, scale } = frac);
      i = frac.end;
    }
    if (!pre && !post) return null; // no digits, e.g. ".s"
    let j = i;
    while (j < s.length && !(s.charCodeAt(j) === 0x2e || isDigit(s.charCodeAt(j)))) j++;
    if (j === i) return null; // missing unit
    const unit = units.get(s.slice(i, j));
    if (unit === undefined) return null; // unknown unit
    i = j;
    if (int.x > TWO_63 / unit) return null;
    let v = int.x * unit;
    if (f > 0n) {
      // float64 arithmetic, as in Go: nanosecond-exact for fractions of hours.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > TWO_63) return null;
    }
    d = BigInt.asUintN(64, d + v); // Go's uint64 addition wraps
    if (d > TWO_63) return null;
  }
  if (neg) return BigInt.asIntN(64, -d);
  if (d > MAX_INT64) return null;
  return d;
}

/** Go's `fmtFrac`: the fraction v/10**prec without trailing zeros (and no "." if it is 0). */
function formatFraction(v: bigint, prec: number): { text: string; rest: bigint } {
  let text = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) text = digit.toString() + text;
    v /= 10n;
  }
  return { text: print ? '.' + text : '', rest: v };
}

/** A Duration in milliseconds, as the timeline draws it (fractions kept). */
export function durationMs(d: Duration): number {
  return Number(d) / 1e6;
}

/**
 * Go's `time.Duration.String`: "72h3m0.5s", "1.5µs" (U+00B5), "0s"; durations under a second use
 * ms, µs or ns. Velero prints it in messages such as `timed out after 30s`
 * (`pkg/podexec/pod_command_executor.go`).
 */
export function formatDuration(d: Duration): string {
  const neg = d < 0n;
  let u = BigInt.asUintN(64, d);
  if (neg) u = BigInt.asUintN(64, -u);
  let out: string;
  if (u < SECOND) {
    if (u === 0n) return '0s';
    let prec = 6;
    let unit = 'ms';
    if (u < 1_000n) [prec, unit] = [0, 'ns'];
    else if (u < 1_000_000n) [prec, unit] = [3, '\u00b5s'];
    const { text, rest } = formatFraction(u, prec);
    out = rest.toString() + text + unit;
  } else {
    const { text, rest } = formatFraction(u, 9);
    u = rest;
    out = (u % 60n).toString() + text + 's';
    u /= 60n;
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out;
      u /= 60n;
      if (u > 0n) out = u.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}
