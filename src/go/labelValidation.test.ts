import { describe, it, expect } from 'vitest';
import { validateLabelValue, validateQualifiedName } from './labelSelector.ts';

const KEY_NAME_REGEX =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const SUBDOMAIN_REGEX =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end " +
  "with an alphanumeric character (e.g. 'example.com', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const VALUE_REGEX =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end " +
  "with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is " +
  "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('validateQualifiedName', () => {
  it.each([
    { name: 'simple', input: 'app', want: [] },
    { name: 'dots, dashes, underscores', input: 'my.app-name_1', want: [] },
    { name: 'prefixed', input: 'velero.io/backup-name', want: [] },
    { name: 'upper case name', input: 'MyName', want: [] },
    { name: '63 bytes', input: 'a'.repeat(63), want: [] },
    {
      name: 'empty',
      input: '',
      want: ['name part must be non-empty', `name part ${KEY_NAME_REGEX}`],
    },
    { name: 'space', input: 'a b', want: [`name part ${KEY_NAME_REGEX}`] },
    { name: 'leading dash', input: '-a', want: [`name part ${KEY_NAME_REGEX}`] },
    { name: '64 bytes', input: 'a'.repeat(64), want: ['name part must be no more than 63 bytes'] },
    { name: 'empty prefix', input: '/a', want: ['prefix part must be non-empty'] },
    { name: 'upper-case prefix', input: 'Example.com/a', want: [`prefix part ${SUBDOMAIN_REGEX}`] },
    {
      name: 'empty name after prefix',
      input: 'example.com/',
      want: ['name part must be non-empty', `name part ${KEY_NAME_REGEX}`],
    },
    {
      name: 'two slashes',
      input: 'a/b/c',
      want: [
        `a valid label key ${KEY_NAME_REGEX} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
      ],
    },
  ])('$name', ({ input, want }) => {
    expect(validateQualifiedName(input)).toEqual(want);
  });
});

describe('validateLabelValue', () => {
  it.each([
    { name: 'empty is valid', input: '', want: [] },
    { name: 'simple', input: 'my_value-1.2', want: [] },
    { name: '63 bytes', input: 'v'.repeat(63), want: [] },
    { name: 'space', input: 'a b', want: [VALUE_REGEX] },
    { name: 'trailing dot', input: 'a.', want: [VALUE_REGEX] },
    { name: 'slash', input: 'a/b', want: [VALUE_REGEX] },
    { name: '64 bytes', input: 'v'.repeat(64), want: ['must be no more than 63 bytes'] },
    // 32 two-byte characters: 64 bytes though only 32 characters.
    {
      name: 'length counts UTF-8 bytes',
      input: 'é'.repeat(32),
      want: ['must be no more than 63 bytes', VALUE_REGEX],
    },
  ])('$name', ({ input, want }) => {
    expect(validateLabelValue(input)).toEqual(want);
  });
});
