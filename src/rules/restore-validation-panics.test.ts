import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithHook } from '../testing/rules.ts';

const code = 'restore-validation-panics';
const restore = restoreWithHook(
  'h',
  '      - init: {initContainers: []}',
  '      - exec: {command: [/a]}',
  '      - exec: {command: [/b]}',
);

describe(code, () => {
  it('points at the first entry without init on 1.10.0', () => {
    expect(findDiagnostics(code, pod, restore, '1.10.0')).toMatchObject([
      {
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 30,
        severity: 'error',
        data: { panic: 'runtime error: invalid memory address or nil pointer dereference' },
      },
    ]);
  });

  it.each(['1.10.1', '1.18.2'])('is silent on %s', (version) => {
    expect(findDiagnostics(code, pod, restore, version)).toEqual([]);
  });

  it('is silent when every entry has init', () => {
    const ok = restoreWithHook('h', '      - {init: {initContainers: []}, exec: {command: [/a]}}');
    expect(findDiagnostics(code, pod, ok, '1.10.0')).toEqual([]);
  });
});
