/**
 * k8s.io/apimachinery `resource.Quantity` (pkg/api/resource quantity.go, suffix.go, amount.go; the
 * same logic in every version v0.24.2–v0.36.0): ParseQuantity, String/CanonicalizeBytes and the
 * JSON (un)marshalling that `json.Unmarshal` of a pod spec goes through.
 */

export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

/** A parsed quantity: the exact value ±mant·10^exp, its format, and the string Go keeps as is. */
export interface Quantity {
  readonly negative: boolean;
  readonly mant: bigint;
  readonly exp: number;
  readonly format: QuantityFormat | '';
  /** `q.s`: ParseQuantity keeps the input when its fast path sees it as canonical. */
  readonly cached: string | undefined;
}

export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_NUMERIC_ERROR = 'unable to parse numeric part of quantity';
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

/** The zero Quantity (what `null` decodes to); it marshals as "0". */
export const ZERO_QUANTITY: Quantity = {
  negative: false,
  mant: 0n,
  exp: 0,
  format: '',
  cached: undefined,
};

const MAX_INT64 = (1n << 63n) - 1n;
const SUFFIX_CHARS = 'eEinumkKMGTP';
const DECIMAL_SUFFIXES: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

type Scanned = {
  positive: boolean;
  value: string;
  num: string;
  denom: string;
  suffix: string;
  error?: string;
};

/** parseQuantityString: sign, numerator (leading zeros stripped), denominator, suffix. */
function scanQuantity(str: string): Scanned {
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  const out: Scanned = { positive: true, value: '', num: '', denom: '', suffix: '' };
  let pos = 0;
  const end = str.length;
  if (str[0] === '-') {
    out.positive = false;
    pos++;
  } else if (str[0] === '+') pos++;
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { ...out, num: '0', value: '0' };
  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  if (i >= end) return { ...out, num: str.slice(pos), value: str };
  out.num = str.slice(pos, i) || '0';
  pos = i;
  if (str[pos] === '.') {
    pos++;
    i = pos;
    while (i < end && isDigit(str[i])) i++;
    if (i >= end) return { ...out, denom: str.slice(pos), value: str };
    out.denom = str.slice(pos, i);
    pos = i;
  }
  out.value = str.slice(0, pos);
  const suffixStart = pos;
  i = pos;
  while (i < end && SUFFIX_CHARS.includes(str[i]!)) i++;
  if (i >= end) return { ...out, suffix: str.slice(suffixStart) };
  pos = i;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  i = pos;
  while (i < end && isDigit(str[i])) i++;
  if (i >= end) return { ...out, suffix: str.slice(suffixStart) };
  return { ...out, error: QUANTITY_FORMAT_ERROR };
}

type Suffix = { base: 2 | 10; exponent: number; format: QuantityFormat };

/** quantitySuffixer.interpret: decimal and binary SI tables, then `e`/`E` exponents. */
function interpretSuffix(s: string): Suffix | undefined {
  if (Object.hasOwn(DECIMAL_SUFFIXES, s))
    return { base: 10, exponent: DECIMAL_SUFFIXES[s]!, format: 'DecimalSI' };
  if (Object.hasOwn(BINARY_SUFFIXES, s))
    return { base: 2, exponent: BINARY_SUFFIXES[s]!, format: 'BinarySI' };
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E')) {
    const parsed = parseGoInt64(s.slice(1));
    if (parsed === undefined) return undefined;
    return { base: 10, exponent: Number(BigInt.asIntN(32, parsed)), format: 'DecimalExponent' };
  }
  return undefined;
}

/** strconv.ParseInt(s, 10, 64), or undefined when it fails. */
export function parseGoInt64(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n > MAX_INT64 || n < -MAX_INT64 - 1n ? undefined : n;
}

/** A quantity from ±unscaled·10^exp, with the factors of ten moved into the exponent. */
function makeQuantity(
  unscaled: bigint,
  exp: number,
  format: QuantityFormat,
  cached?: string,
): Quantity {
  const negative = unscaled < 0n;
  let mant = negative ? -unscaled : unscaled;
  if (mant === 0n) return { negative: false, mant, exp: 0, format, cached };
  while (mant % 10n === 0n) {
    mant /= 10n;
    exp++;
  }
  return { negative, mant, exp, format, cached };
}

/**
 * ParseQuantity: the value, format and (for inputs its fast path finds canonical) the input string
 * kept for String(); or one of its three error texts.
 */
export function parseQuantity(str: string): { quantity: Quantity } | { error: string } {
  if (str.length === 0) return { error: QUANTITY_FORMAT_ERROR };
  if (str === '0') return { quantity: { ...ZERO_QUANTITY, format: 'DecimalSI', cached: '0' } };
  const scan = scanQuantity(str);
  if (scan.error) return { error: scan.error };
  const suffix = interpretSuffix(scan.suffix);
  if (!suffix) return { error: QUANTITY_SUFFIX_ERROR };
  const fast = parseFastPath(str, scan, suffix);
  if (fast) return { quantity: fast };
  return parseSlowPath(scan, suffix);
}

/** The int64 path of ParseQuantity, including when it keeps the input string as canonical. */
function parseFastPath(str: string, scan: Scanned, suffix: Suffix): Quantity | undefined {
  const { num, denom } = scan;
  let scale = 0;
  let precision: number;
  let mantissa = 1n;
  if (suffix.format === 'BinarySI') {
    if (suffix.exponent >= 0 && denom.length === 0) {
      mantissa = 1n << BigInt(suffix.exponent);
      precision = 15 - num.length - Math.trunc((suffix.exponent * 3) / 10) - 1;
    } else precision = -1;
  } else {
    scale = suffix.exponent;
    precision = 18 - (num.length + denom.length);
  }
  if (precision < 0) return undefined;
  scale = (scale - denom.length) | 0;
  if (scale < -9) return undefined;
  const shifted = num + denom;
  const value = BigInt(shifted);
  const product = value * mantissa;
  if (product > MAX_INT64) return undefined;
  const result = scan.positive ? product : -product;
  let canonical: boolean;
  if (suffix.format === 'BinarySI') canonical = suffix.exponent % 10 === 0 && (value & 7n) !== 0n;
  else canonical = scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
  return makeQuantity(result, scale, suffix.format, canonical ? str : undefined);
}

/** The inf.Dec path: round up to nano units, cap BinarySI at MaxInt64, tiny BinarySI → DecimalSI. */
function parseSlowPath(scan: Scanned, suffix: Suffix): { quantity: Quantity } | { error: string } {
  const dec = parseInfDec(scan.value);
  if (!dec) return { error: QUANTITY_NUMERIC_ERROR };
  let { unscaled, scale } = dec; // value = unscaled · 10^-scale
  if (suffix.base === 10) scale -= suffix.exponent;
  else unscaled *= 1n << BigInt(suffix.exponent);
  const negative = unscaled < 0n;
  if (negative) unscaled = -unscaled;
  if (unscaled !== 0n && scale > 9) {
    const drop = scale - 9;
    const digits = unscaled.toString().length;
    if (drop >= digits) unscaled = 1n;
    else {
      const div = 10n ** BigInt(drop);
      const rounded = unscaled / div;
      unscaled = rounded * div === unscaled ? rounded : rounded + 1n;
    }
    scale = 9;
  }
  let format = suffix.format;
  if (format === 'BinarySI' && compareScaled(unscaled, scale, MAX_INT64) > 0) {
    unscaled = MAX_INT64;
    scale = 0;
  }
  if (format === 'BinarySI' && unscaled !== 0n && compareScaled(unscaled, scale, 1n) < 0)
    format = 'DecimalSI';
  return { quantity: makeQuantity(negative ? -unscaled : unscaled, -scale, format) };
}

/** inf.Dec SetString: optional sign, digits with at most one point, at least one digit. */
function parseInfDec(s: string): { unscaled: bigint; scale: number } | undefined {
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/.exec(s);
  if (!m || (m[2]! + (m[3] ?? '')).length === 0) return undefined;
  const digits = m[2]! + (m[3] ?? '');
  const unscaled = BigInt(digits) * (m[1] === '-' ? -1n : 1n);
  return { unscaled, scale: m[3] === undefined ? 0 : m[3].length };
}

/** Compares unscaled·10^-scale (unscaled ≥ 0) with an integer. */
function compareScaled(unscaled: bigint, scale: number, than: bigint): number {
  if (scale <= 0) {
    const v = unscaled * 10n ** BigInt(-scale);
    return v === than ? 0 : v > than ? 1 : -1;
  }
  const t = than * 10n ** BigInt(scale);
  return unscaled === t ? 0 : unscaled > t ? 1 : -1;
}

/** Quantity.String() / MarshalJSON: the kept input string, else CanonicalizeBytes. */
export function formatQuantity(q: Quantity): string {
  return q.cached ?? canonicalizeQuantity(q);
}

/** CanonicalizeBytes: largest exact SI suffix; BinarySI only for exact integers of at least 1024. */
function canonicalizeQuantity(q: Quantity): string {
  if (q.mant === 0n) return '0';
  const sign = q.negative ? '-' : '';
  let format = q.format === '' ? 'DecimalExponent' : q.format;
  if (format === 'BinarySI') {
    const small = q.exp <= 3 && q.mant * 10n ** BigInt(Math.max(q.exp, 0)) < 1024n;
    if (small || q.exp < 0) format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let amount = q.mant * 10n ** BigInt(q.exp);
    let times = 0;
    while (amount >= 1024n && amount % 1024n === 0n) {
      amount /= 1024n;
      times++;
    }
    const suffix = Object.keys(BINARY_SUFFIXES).find((s) => BINARY_SUFFIXES[s] === times * 10);
    return `${sign}${amount}${suffix ?? ''}`;
  }
  let amount = q.mant;
  let exponent = q.exp;
  while (exponent % 3 !== 0) {
    amount *= 10n;
    exponent--;
  }
  if (format === 'DecimalExponent')
    return `${sign}${amount}${exponent === 0 ? '' : `e${exponent}`}`;
  const suffix = Object.keys(DECIMAL_SUFFIXES).find((s) => DECIMAL_SUFFIXES[s] === exponent);
  return `${sign}${amount}${suffix ?? ''}`;
}

// Go's unicode.IsSpace, less what Go's JSON encoder escapes (controls, U+2028, U+2029).
const TRIMMED_SPACE =
  /^[ \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[ \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+$/g;

/**
 * Quantity.UnmarshalJSON: null zeroes the amount (format and kept string stay, as in Go); a string
 * (its JSON text between the quotes, TrimSpace'd) or a number goes through ParseQuantity.
 */
export function unmarshalQuantityJson(
  value: unknown,
  current: Quantity,
): { quantity: Quantity } | { error: string } {
  if (value === null) return { quantity: { ...current, negative: false, mant: 0n, exp: 0 } };
  if (typeof value === 'number' || typeof value === 'bigint') return parseQuantity(String(value));
  if (typeof value !== 'string') return { error: QUANTITY_FORMAT_ERROR }; // `{`, `[`, `t`, `f`
  // Characters Go's encoder escapes: the backslash of the escape never parses.
  if ([...value].some(isEscapedInJson)) return { error: QUANTITY_FORMAT_ERROR };
  return parseQuantity(value.replace(TRIMMED_SPACE, ''));
}

function isEscapedInJson(ch: string): boolean {
  return ch < ' ' || '"\\<>&\u2028\u2029'.includes(ch);
}
