import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithHook } from '../testing/rules.ts';

const code = 'hooks-attempted-undercounted';
const three = restoreWithHook(
  'load',
  '      - exec: {command: [/a]}',
  '      - exec: {command: [/b]}',
  '      - exec: {container: other, command: [/c]}',
  '      - exec: {command: [/d]}',
);

describe(code, () => {
  it.each(['1.13.0', '1.14.1', '1.16.1'])(
    'on %s: every later hook in the same container (two diagnostics)',
    (version) => {
      expect(findDiagnostics(code, pod, three, version)).toMatchObject([
        {
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 13,
          data: { hook: 'Restore hook "load" (postHooks[1])', first: 0, container: 'app' },
        },
        {
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 13,
          data: { hook: 'Restore hook "load" (postHooks[3])', first: 0 },
        },
      ]);
    },
  );

  it.each(['1.12.4', '1.16.2', '1.18.2'])('is silent on %s', (version) => {
    expect(findDiagnostics(code, pod, three, version)).toEqual([]);
  });
});
