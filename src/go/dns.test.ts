import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { validateDns1123Label, validateDns1123Subdomain } from './dns.ts';

const LABEL_REGEX =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with " +
  "an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_REGEX =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end " +
  "with an alphanumeric character (e.g. 'example.com', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('validateDns1123Label', () => {
  it.each([
    { name: 'simple', input: 'restore-wait', want: [] },
    { name: 'digits first', input: '123-abc', want: [] },
    { name: 'one character', input: 'a', want: [] },
    { name: '63 characters', input: 'a'.repeat(63), want: [] },
    { name: 'empty', input: '', want: [LABEL_REGEX] },
    { name: 'upper case', input: 'MyName', want: [LABEL_REGEX] },
    { name: 'leading dash', input: '-a', want: [LABEL_REGEX] },
    { name: 'trailing dash', input: 'a-', want: [LABEL_REGEX] },
    { name: 'underscore', input: 'my_name', want: [LABEL_REGEX] },
    { name: 'dots in a valid subdomain', input: 'my.name', want: ['must not contain dots'] },
    { name: 'dots in an invalid subdomain', input: 'my..name', want: [LABEL_REGEX] },
    { name: '64 characters', input: 'a'.repeat(64), want: ['must be no more than 63 bytes'] },
    {
      name: '64 characters with a dot',
      input: 'a'.repeat(32) + '.' + 'a'.repeat(31),
      want: ['must be no more than 63 bytes', 'must not contain dots'],
    },
    { name: 'non-ASCII', input: 'café', want: [LABEL_REGEX] },
  ])('$name', ({ input, want }) => {
    expect(validateDns1123Label(input)).toEqual(want);
  });
});

describe('validateDns1123Subdomain', () => {
  it.each([
    { name: 'domain', input: 'example.com', want: [] },
    { name: 'single label', input: 'velero', want: [] },
    { name: 'trailing dot', input: 'example.com.', want: [SUBDOMAIN_REGEX] },
    { name: 'upper case', input: 'Example.com', want: [SUBDOMAIN_REGEX] },
    {
      name: '254 characters',
      input: ('a'.repeat(63) + '.').repeat(4).slice(0, 254),
      want: ['must be no more than 253 bytes'],
    },
  ])('$name', ({ input, want }) => {
    expect(validateDns1123Subdomain(input)).toEqual(want);
  });
});

describe('validateDns1123Label (property)', () => {
  it("accepts exactly what Kubernetes' regex and 63-byte limit accept", () => {
    const label = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.stringMatching(/^[a-z0-9.-]{0,70}$/),
    );
    fc.assert(
      fc.property(label, (s) => {
        const valid = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s) && s.length <= 63;
        expect(validateDns1123Label(s).length === 0).toBe(valid);
      }),
    );
  });
});
