import { describe, expect, it } from 'vitest';
import { findDiagnostics, buildPod } from '../testing/rules.ts';

const code = 'restore-wait-user-mismatch';
const pod = (containerSecurity = '', backup = 'data') =>
  buildPod({
    namespace: 'prod',
    metadata: [`  annotations: {backup.velero.io/backup-volumes: ${backup}}`],
    spec: [
      '  securityContext:',
      '    runAsUser: 999',
      `  containers: [{name: postgres, image: postgres${containerSecurity}}]`,
      '  volumes: [{name: data, emptyDir: {}}]',
    ],
  });

describe(code, () => {
  it.each(['1.16.0', '1.17.1', '1.18.2'])('points at runAsUser: 999 on %s', (version) => {
    expect(findDiagnostics(code, pod(), undefined, version)).toMatchObject([
      {
        line: 9,
        column: 16,
        endLine: 9,
        endColumn: 19,
        data: { pod: 'prod/db', user: 999, volumes: 'data' },
      },
    ]);
  });

  it.each(['1.15.2', 'main'])('is silent on %s', (version) => {
    expect(findDiagnostics(code, pod(), undefined, version)).toEqual([]);
  });

  it('is silent when the first container has a securityContext, or nothing uses file-system backup', () => {
    expect(findDiagnostics(code, pod(', securityContext: {runAsUser: 999}'))).toEqual([]);
    expect(findDiagnostics(code, pod('', 'other'))).toEqual([]);
  });
});
