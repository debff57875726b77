import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatDuration, parseDuration } from './duration.ts';

const ns = 1n;
const us = 1_000n;
const ms = 1_000_000n;
const s = 1_000_000_000n;
const m = 60n * s;
const h = 60n * m;
const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);

// parseDurationTests from Go's src/time/time_test.go.
const goParseDurationTests: [string, bigint][] = [
  // simple
  ['0', 0n],
  ['5s', 5n * s],
  ['30s', 30n * s],
  ['1478s', 1478n * s],
  // sign
  ['-5s', -5n * s],
  ['+5s', 5n * s],
  ['-0', 0n],
  ['+0', 0n],
  // decimal
  ['5.0s', 5n * s],
  ['5.6s', 5n * s + 600n * ms],
  ['5.s', 5n * s],
  ['.5s', 500n * ms],
  ['1.0s', 1n * s],
  ['1.00s', 1n * s],
  ['1.004s', 1n * s + 4n * ms],
  ['1.0040s', 1n * s + 4n * ms],
  ['100.00100s', 100n * s + 1n * ms],
  // different units
  ['10ns', 10n * ns],
  ['11us', 11n * us],
  ['12\u00b5s', 12n * us], // U+00B5
  ['12\u03bcs', 12n * us], // U+03BC
  ['13ms', 13n * ms],
  ['14s', 14n * s],
  ['15m', 15n * m],
  ['16h', 16n * h],
  // composite durations
  ['3h30m', 3n * h + 30n * m],
  ['10.5s4m', 4n * m + 10n * s + 500n * ms],
  ['-2m3.4s', -(2n * m + 3n * s + 400n * ms)],
  ['1h2m3s4ms5us6ns', 1n * h + 2n * m + 3n * s + 4n * ms + 5n * us + 6n * ns],
  ['39h9m14.425s', 39n * h + 9n * m + 14n * s + 425n * ms],
  // large value
  ['52763797000ns', 52763797000n * ns],
  // more than 9 digits after decimal point, see https://golang.org/issue/6617
  ['0.3333333333333333333h', 20n * m],
  // 9007199254740993 = 1<<53+1 cannot be stored precisely in a float64
  ['9007199254740993ns', (1n << 53n) + 1n],
  // largest duration that can be represented by int64 in nanoseconds
  ['9223372036854775807ns', MAX],
  ['9223372036854775.807us', MAX],
  ['9223372036s854ms775us807ns', MAX],
  ['-9223372036854775808ns', MIN],
  ['-9223372036854775.808us', MIN],
  ['-9223372036s854ms775us808ns', MIN],
  // largest negative round trip value, see https://golang.org/issue/48629
  ['-2562047h47m16.854775808s', MIN],
  // huge string; issue 15011.
  ['0.100000000000000000000h', 6n * m],
  // This value tests the first overflow check in leadingFraction.
  ['0.830103483285477580700h', 49n * m + 48n * s + 372539827n * ns],
];

// parseDurationErrorTests from Go's src/time/time_test.go (the invalid UTF-8 rows cannot exist in
// a JavaScript string; U+FFFD stands in for them).
const goParseDurationErrorTests = [
  '',
  '3',
  '-',
  's',
  '.',
  '-.',
  '.s',
  '+.s',
  '1d',
  '\ufffd',
  '\ufffd hello \ufffd world',
  '9223372036854775810ns',
  '9223372036854775808ns',
  '-9223372036854775809ns',
  '9223372036854776us',
  '3000000h',
  '9223372036854775.808us',
  '9223372036854ms775us808ns',
];

// Values people write in Velero annotations (docs/velero-semantics.md rule 22).
const annotationTests: { name: string; input: string; want: bigint | null }[] = [
  { name: 'plain seconds', input: '30s', want: 30n * s },
  { name: 'hours and minutes', input: '1h30m', want: 90n * m },
  { name: 'fraction of an hour', input: '1.5h', want: 90n * m },
  { name: 'leading dot', input: '.5s', want: 500n * ms },
  { name: 'negative is accepted', input: '-10s', want: -10n * s },
  { name: 'bare zero', input: '0', want: 0n },
  { name: 'bare number', input: '5', want: null },
  { name: 'days are not a unit', input: '1d', want: null },
  { name: 'units are case-sensitive', input: '2H', want: null },
  { name: 'words', input: 'none', want: null },
  { name: 'space inside', input: '1 s', want: null },
  { name: 'leading space', input: ' 1s', want: null },
  { name: 'trailing space', input: '1s ', want: null },
  { name: 'double sign', input: '--1s', want: null },
  { name: 'zero with unit', input: '0s', want: 0n },
  { name: 'zero twice', input: '00', want: null },
  { name: 'object key is not a unit', input: '1constructor', want: null },
  { name: 'dot only after digits', input: '1.h', want: h },
  { name: 'minus zero with unit', input: '-0s', want: 0n },
  // uint64 wrap-around in Go's `d += v`: 2^63 + 2^63 wraps to 0, which passes every check.
  { name: 'Go uint64 wrap quirk', input: '9223372036854775808ns9223372036854775808ns', want: 0n },
];

// durationTests from Go's src/time/time_test.go.
const goDurationTests: [string, bigint][] = [
  ['0s', 0n],
  ['1ns', 1n * ns],
  ['1.1\u00b5s', 1100n * ns],
  ['2.2ms', 2200n * us],
  ['3.3s', 3300n * ms],
  ['4m5s', 4n * m + 5n * s],
  ['4m5.001s', 4n * m + 5001n * ms],
  ['5h6m7.001s', 5n * h + 6n * m + 7001n * ms],
  ['8m0.000000001s', 8n * m + 1n * ns],
  ['2562047h47m16.854775807s', MAX],
  ['-2562047h47m16.854775808s', MIN],
];

const formatTests: { name: string; d: bigint; want: string }[] = [
  { name: 'one minute', d: m, want: '1m0s' },
  { name: 'hour and a half', d: 90n * m, want: '1h30m0s' },
  { name: 'milliseconds', d: 300n * ms, want: '300ms' },
  { name: 'micro sign U+00B5', d: 1500n, want: '1.5\u00b5s' },
  { name: 'negative second', d: -s, want: '-1s' },
  { name: 'default exec timeout', d: 30n * s, want: '30s' },
  { name: 'exactly one hour', d: h, want: '1h0m0s' },
];

describe('parseDuration', () => {
  it.each(goParseDurationTests)('Go vector %j', (input, want) => {
    expect(parseDuration(input)).toBe(want);
  });

  it.each(goParseDurationErrorTests)('Go error vector %j', (input) => {
    expect(parseDuration(input)).toBeNull();
  });

  it.each(annotationTests)('$name: $input', ({ input, want }) => {
    expect(parseDuration(input)).toBe(want);
  });
});

describe('formatDuration', () => {
  it.each(goDurationTests)('Go vector %j', (want, d) => {
    expect(formatDuration(d)).toBe(want);
    if (d > 0n) expect(formatDuration(-d)).toBe('-' + want);
  });

  it.each(formatTests)('$name', ({ d, want }) => {
    expect(formatDuration(d)).toBe(want);
  });

  it('round-trips every int64 through parseDuration', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: MIN, max: MAX }), (d) => parseDuration(formatDuration(d)) === d),
      { numRuns: 2000 },
    );
  });

  it('round-trips the extremes (Go TestParseDurationRoundTrip)', () => {
    expect(parseDuration(formatDuration(MAX))).toBe(MAX);
    expect(parseDuration(formatDuration(MIN))).toBe(MIN);
  });
});
