import { describe, expect, it } from 'vitest';
import { findDiagnostics, buildPod } from '../testing/rules.ts';

const pod = (...annotations: string[]) => buildPod({ namespace: 'prod', annotations });

describe('init-name-generated', () => {
  it.each([
    [
      'no container-name: points at the image key',
      pod(
        'init.hook.restore.velero.io/container-image: busybox',
        "init.hook.restore.velero.io/command: '[]'",
      ),
      [7, 5, 7, 48],
    ],
    [
      'empty container-name: points at that key',
      pod(
        "init.hook.restore.velero.io/command: '[]'",
        "init.hook.restore.velero.io/container-name: ''",
        'init.hook.restore.velero.io/container-image: busybox',
      ),
      [8, 5, 8, 47],
    ],
  ] as const)('%s', (_name, text, [line, column, endLine, endColumn]) => {
    const found = findDiagnostics('init-name-generated', text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line, column, endLine, endColumn, severity: 'info' });
    expect(found[0]!.data!['shown']).toMatch(/^velero-restore-init-[0-9a-f]{8}$/);
  });

  it('is silent when the name is given', () => {
    expect(
      findDiagnostics(
        'init-name-generated',
        pod(
          'init.hook.restore.velero.io/container-image: busybox',
          "init.hook.restore.velero.io/command: '[]'",
          'init.hook.restore.velero.io/container-name: fix',
        ),
      ),
    ).toEqual([]);
  });

  it('gives the same name on every run (deterministic)', () => {
    const text = pod(
      'init.hook.restore.velero.io/container-image: busybox',
      "init.hook.restore.velero.io/command: '[]'",
    );
    expect(findDiagnostics('init-name-generated', text)).toEqual(
      findDiagnostics('init-name-generated', text),
    );
  });
});
