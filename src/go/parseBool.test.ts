import { describe, it, expect } from 'vitest';
import { parseBool } from './parseBool.ts';

// The accepted spellings are Go's atobtests (src/strconv/atob_test.go) plus the rest of ParseBool's switch.
const cases: { name: string; input: string; want: boolean | null }[] = [
  { name: 'one', input: '1', want: true },
  { name: 't', input: 't', want: true },
  { name: 'T', input: 'T', want: true },
  { name: 'TRUE', input: 'TRUE', want: true },
  { name: 'true', input: 'true', want: true },
  { name: 'True', input: 'True', want: true },
  { name: 'zero', input: '0', want: false },
  { name: 'f', input: 'f', want: false },
  { name: 'F', input: 'F', want: false },
  { name: 'FALSE', input: 'FALSE', want: false },
  { name: 'false', input: 'false', want: false },
  { name: 'False', input: 'False', want: false },
  { name: 'empty', input: '', want: null },
  { name: 'mixed case tRUE', input: 'tRUE', want: null },
  { name: 'yes is not a bool', input: 'yes', want: null },
  { name: 'y', input: 'y', want: null },
  { name: 'on', input: 'on', want: null },
  { name: 'leading space', input: ' true', want: null },
  { name: 'trailing space', input: 'true ', want: null },
  { name: 'two', input: '2', want: null },
  { name: 'asdf (Go test vector)', input: 'asdf', want: null },
];

describe('parseBool', () => {
  it.each(cases)('$name', ({ input, want }) => {
    expect(parseBool(input)).toBe(want);
  });
});
