import { describe, expect, it } from 'vitest';
import { execHookPod, findDiagnostics, podInProd, restoreWithHook } from '../testing/rules.ts';

const code = 'exec-timeout-out-of-range';
const negative = execHookPod('post.hook.restore.velero.io/exec-timeout: -1s');
const long = restoreWithHook('load', '      - exec: {command: [/a], execTimeout: 5h}');

describe(code, () => {
  it('a negative annotation timeout on 1.18.2: no timer at all (warning)', () => {
    expect(findDiagnostics(code, negative, undefined, '1.18.2')).toMatchObject([
      {
        line: 7,
        column: 47,
        endLine: 7,
        endColumn: 50,
        severity: 'warning',
        data: { hook: 'The exec hook annotation', value: '-1s' },
      },
    ]);
  });

  it('the same on main: the 30s default (info)', () => {
    expect(findDiagnostics(code, negative, undefined, 'main')).toMatchObject([
      {
        line: 7,
        severity: 'info',
        data: { effect: 'Velero main uses the 30s default instead (velero#10125)' },
      },
    ]);
  });

  it('over 4h: cut on main, kept on releases', () => {
    expect(findDiagnostics(code, podInProd, long, 'main')).toMatchObject([
      {
        line: 10,
        column: 44,
        endLine: 10,
        endColumn: 46,
        severity: 'info',
        data: { value: '5h0m0s' },
      },
    ]);
    expect(findDiagnostics(code, podInProd, long, '1.18.2')).toEqual([]);
  });
});
