import { describe, expect, it } from 'vitest';
import { parseDuration } from '../go/duration.ts';
import { resolveVeleroVersion } from '../versions/versionModel.ts';
import {
  describeExecTimeout,
  describeHookSettings,
  describeOnError,
  describeWaitTimeout,
} from './settingWords.ts';

const version = (name: string) => resolveVeleroVersion(name).version!;
const d = (text: string) => {
  const parsed = parseDuration(text);
  if (parsed === null) throw new Error(`bad duration ${text}`);
  return parsed;
};

describe('describeOnError', () => {
  it.each([
    ['', 'onError unset (acts as Continue)'],
    ['Continue', 'onError Continue'],
    ['Fail', 'onError Fail'],
  ])('%j reads %j', (onError, words) => {
    expect(describeOnError(onError)).toBe(words);
  });
});

describe('describeExecTimeout', () => {
  it.each([
    ['1.18.2', '0s', 'execTimeout unset (acts as 30s)'],
    ['main', '0s', 'execTimeout unset (acts as 30s)'],
    ['1.10.0', '0s', 'execTimeout unset (acts as 30s)'],
    ['1.18.2', '1m', 'execTimeout 1m0s'],
    ['main', '1m', 'execTimeout 1m0s'],
    ['1.18.2', '-5s', 'execTimeout -5s (no timer: the command may run for ever)'],
    ['main', '-5s', 'execTimeout -5s (acts as 30s)'],
    ['1.18.2', '5h', 'execTimeout 5h0m0s'],
    ['main', '5h', 'execTimeout 5h0m0s (acts as 4h0m0s)'],
    ['main', '4h', 'execTimeout 4h0m0s'],
  ])('on %s, %s reads %j', (release, timeout, words) => {
    expect(describeExecTimeout(d(timeout), version(release))).toBe(words);
  });
});

describe('describeWaitTimeout', () => {
  it.each([
    ['0s', "waitTimeout unset (never expires: waits as long as the restore's hooks wait)"],
    ['5m', 'waitTimeout 5m0s'],
    ['1ms', 'waitTimeout 1ms'],
    [
      '-1s',
      "waitTimeout -1s (always expired: recorded as failed, and the pod's watch has no deadline)",
    ],
  ])('%s reads %j', (timeout, words) => {
    expect(describeWaitTimeout(d(timeout))).toBe(words);
  });
});

describe('describeHookSettings', () => {
  it('gives all three, zero values in words', () => {
    const hook = { onError: '' as const, execTimeout: 0n, waitTimeout: 0n };
    expect(describeHookSettings(hook, version('1.18.2'))).toEqual({
      onError: 'onError unset (acts as Continue)',
      execTimeout: 'execTimeout unset (acts as 30s)',
      waitTimeout: "waitTimeout unset (never expires: waits as long as the restore's hooks wait)",
    });
    const set = { onError: 'Fail' as const, execTimeout: d('-1s'), waitTimeout: d('2m') };
    expect(describeHookSettings(set, version('main'))).toEqual({
      onError: 'onError Fail',
      execTimeout: 'execTimeout -1s (acts as 30s)',
      waitTimeout: 'waitTimeout 2m0s',
    });
  });
});
