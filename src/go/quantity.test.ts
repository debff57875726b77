import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  parseQuantity,
  QUANTITY_FORMAT_ERROR,
  QUANTITY_NUMERIC_ERROR,
  QUANTITY_SUFFIX_ERROR,
  unmarshalQuantityJson,
  ZERO_QUANTITY,
} from './quantity.ts';

function emit(s: string): string {
  const r = parseQuantity(s);
  return 'error' in r ? `error: ${r.error}` : formatQuantity(r.quantity);
}

function valueOf(s: string): [string, string] {
  const r = parseQuantity(s);
  if ('error' in r) return [r.error, ''];
  const { negative, mant, exp, format } = r.quantity;
  return [`${negative ? '-' : ''}${mant}e${exp}`, format];
}

describe('parseQuantity + formatQuantity (String / MarshalJSON)', () => {
  it.each([
    // README fid case and the brief
    ['1000m', '1'],
    ['0.5', '500m'],
    ['1024Mi', '1Gi'],
    ['1000', '1k'],
    ['250m', '250m'],
    ['128Mi', '128Mi'],
    // apimachinery quantity_test.go TestQuantityParseEmit
    ['1Ki', '1Ki'],
    ['1000M', '1G'],
    ['.001Ki', '1024m'],
    ['.000001Ki', '1024u'],
    ['.000000001Ki', '1024n'],
    ['.000000000001Ki', '2n'],
    ['-1024Mi', '-1Gi'],
    ['-.000000000001Ki', '-2n'],
    // TestQuantityString alternates (not canonical: recomputed)
    ['307200Ki', '300Mi'],
    ['1025024Mi', '1001Gi'],
    ['1024Gi', '1Ti'],
    ['5000m', '5'],
    ['0.001T', '1G'],
    ['1000u', '1m'],
    ['1.08', '1080m'],
    ['1080000000n', '1080m'],
    ['.001e12', '1e9'],
    ['0.001e0', '1e-3'],
    ['1000e-12', '1e-9'],
    ['00', '0'],
    // rounding up to nano, BinarySI cap and fraction handling
    ['1.5n', '2n'],
    ['0.1n', '1n'],
    ['3.001n', '4n'],
    ['9Ei', '9223372036854775807'],
    ['0.5Ki', '512'],
    ['1.5Gi', '1536Mi'],
    ['1025Ki', '1025Ki'],
    ['1.5e-3', '1500e-6'],
    ['1e40', '10e39'],
    ['1000E', '1'], // exponent 21 has no decimal SI suffix: Go emits none
    ['.', '0'],
    ['-', '0'],
    ['1.0', '1'],
  ])('%s → %s', (input, expected) => {
    expect(emit(input)).toBe(expected);
  });

  it.each([
    // TestQuantityString expects: canonical input is kept as q.s
    '1Gi',
    '300Mi',
    '6Ki',
    '1001Gi',
    '1Ti',
    '5',
    '500m',
    '1G',
    '1m',
    '80m',
    '1080m',
    '300M',
    '1T',
    '1234567M',
    '1234567m',
    '3k',
    '1025',
    '0',
    '1e9',
    '1e-3',
    '1e-9',
    '80e-3',
    '300e6',
    '1e12',
    '1e3',
    '3e3',
    '1n',
    '80n',
    '1080n',
    '1u',
    '80u',
    '1080u',
    // the fast path keeps some non-canonical spellings too
    '+1',
    '01',
    '1.500',
    '+12Mi',
    '1e+21',
    '5.',
  ])('%s is kept as written', (input) => {
    const r = parseQuantity(input);
    expect('quantity' in r && r.quantity.cached).toBe(input);
    expect(emit(input)).toBe(input);
  });

  it.each([
    // TestQuantityParse: [input, value as mant e exp, format]
    ['0Ki', '0e0', 'BinarySI'],
    ['5Ti', `${5n * 1024n ** 4n}e0`, 'BinarySI'],
    ['50k', '5e4', 'DecimalSI'],
    ['1E', '1e18', 'DecimalSI'],
    ['1E-3', '1e-3', 'DecimalExponent'],
    ['100.035k', '100035e0', 'DecimalSI'],
    ['0.0005k', '5e-1', 'DecimalSI'],
    ['1.3E+6', '13e5', 'DecimalExponent'],
    ['6.987654321G', '6987654321e0', 'DecimalSI'],
    ['1.1E-9', '2e-9', 'DecimalExponent'],
    ['0.00000012354', '124e-9', 'DecimalSI'],
    ['9223372036854775807Ki', '9223372036854775807e0', 'BinarySI'],
    ['100.035Ki', '102435840e-3', 'BinarySI'], // decQuantity(10243584, -2): trailing zeros folded
    ['0.05Gi', '536870912e-1', 'BinarySI'],
    ['0.000000000001Ki', '2e-9', 'DecimalSI'],
    ['1.G', '1e9', 'DecimalSI'],
  ])('%s parses to %s %s', (input, value, format) => {
    const [v, f] = valueOf(input);
    expect(f).toBe(format);
    // compare as exact decimals: mant·10^exp
    const norm = (s: string): string => {
      const [m, e] = s.split('e') as [string, string];
      let mant = BigInt(m);
      let exp = Number(e);
      while (mant !== 0n && mant % 10n === 0n) [mant, exp] = [mant / 10n, exp + 1];
      return `${mant}e${mant === 0n ? 0 : exp}`;
    };
    expect(norm(v)).toBe(norm(value));
  });

  it.each([
    ['', QUANTITY_FORMAT_ERROR],
    ['abc', QUANTITY_FORMAT_ERROR],
    ['1.1.M', QUANTITY_FORMAT_ERROR],
    ['1+1.0M', QUANTITY_FORMAT_ERROR],
    ['0.1mi', QUANTITY_SUFFIX_ERROR],
    ['0.1am', QUANTITY_FORMAT_ERROR],
    ['.5i', QUANTITY_SUFFIX_ERROR],
    ['-3.01e-', QUANTITY_SUFFIX_ERROR],
    [' 1', QUANTITY_FORMAT_ERROR],
    ['1 ', QUANTITY_FORMAT_ERROR],
    ['1kk', QUANTITY_SUFFIX_ERROR],
    ['1e', QUANTITY_SUFFIX_ERROR],
    ['1e99999999999999999999', QUANTITY_SUFFIX_ERROR],
  ])('%j fails with its Go error', (input, error) => {
    expect(emit(input)).toBe(`error: ${error}`);
  });

  it('reports ErrNumeric only from the inf.Dec path (a lone point with a fraction-only suffix)', () => {
    expect(emit('.Ki')).toBe('0'); // fast path: "" + "" digits read as 0
    expect(QUANTITY_NUMERIC_ERROR).toBe('unable to parse numeric part of quantity');
  });
});

describe('unmarshalQuantityJson (Quantity.UnmarshalJSON)', () => {
  it.each([
    [' 1', '1'], // TestJSONWhitespace: TrimSpace inside the quotes
    ['1 ', '1'],
    [1, '1'],
    [-1, '-1'],
    [0.5, '500m'],
    [1e21, '1e+21'],
  ])('%j → %s', (json, expected) => {
    const r = unmarshalQuantityJson(json, ZERO_QUANTITY);
    expect('quantity' in r && formatQuantity(r.quantity)).toBe(expected);
  });

  it.each([['1\n'], ['"1"'], [true], [{}], [[1]]])('%j fails with the regex error', (json) => {
    expect(unmarshalQuantityJson(json, ZERO_QUANTITY)).toEqual({ error: QUANTITY_FORMAT_ERROR });
  });

  it('null zeroes the amount but keeps the kept string, as Go does', () => {
    const first = parseQuantity('250m');
    if (!('quantity' in first)) throw new Error('parse');
    const r = unmarshalQuantityJson(null, first.quantity);
    expect('quantity' in r && r.quantity.mant).toBe(0n);
    expect('quantity' in r && formatQuantity(r.quantity)).toBe('250m');
    const fresh = unmarshalQuantityJson(null, ZERO_QUANTITY);
    expect('quantity' in fresh && formatQuantity(fresh.quantity)).toBe('0');
  });
});
