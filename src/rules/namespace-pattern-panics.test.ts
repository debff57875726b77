import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { findDiagnostics, yaml, buildPod } from '../testing/rules.ts';

const pod = (ns: string, annotations: string[] = []) =>
  buildPod({
    name: 'app',
    namespace: ns,
    annotations: annotations.length ? annotations : undefined,
    spec: ['  containers: [{name: app, image: nginx}]'],
  });

const restore = (pattern: string, key = 'includedNamespaces') =>
  yaml(
    'apiVersion: velero.io/v1',
    'kind: Restore',
    'metadata: {name: r}',
    'spec:',
    '  backupName: b',
    '  hooks:',
    '    resources:',
    '    - name: h',
    `      ${key}: ['${pattern}']`,
    '      postHooks:',
    '      - exec: {command: [/bin/true]}',
  );

describe('namespace-pattern-panics', () => {
  it.each([
    [
      'init step: the pod is not restored',
      pod('prod'),
      restore('prod{}'),
      [9, 7, 9, 25],
      /init-hook plugin recovers it/,
    ],
    [
      'excluded pattern',
      pod('prod'),
      restore('prod{,}', 'excludedNamespaces'),
      [9, 7, 9, 25],
      /init-hook plugin recovers it/,
    ],
    [
      'exec grouping, when an init annotation skips the spec init hooks',
      pod('prod', [
        'init.hook.restore.velero.io/container-image: busybox',
        "init.hook.restore.velero.io/command: '[]'",
      ]),
      restore('prod{}'),
      [9, 7, 9, 25],
      /inside the Velero server: up to 1\.15 the server exits.*from 1\.16 controller-runtime recovers it/,
    ],
  ] as const)('%s', (_name, manifests, restoreText, [line, column, endLine, endColumn], where) => {
    const found = findDiagnostics('namespace-pattern-panics', manifests, restoreText);
    expect(found).toMatchObject([{ line, column, endLine, endColumn, file: 'restore.yaml' }]);
    expect(String(found[0]!.data!['where'])).toMatch(where);
  });

  it('is silent when the pattern does not reach the end of the namespace', () => {
    expect(findDiagnostics('namespace-pattern-panics', pod('other'), restore('prod{}'))).toEqual(
      [],
    );
  });

  it('the init step fails as the plugin framework reports the panic', () => {
    const a = analyze({
      manifests: [{ name: 'm.yaml', text: pod('prod') }],
      restore: { name: 'restore.yaml', text: restore('prod{}') },
    });
    const init = a.plan.pods[0]!.init;
    expect(init).toMatchObject({ kind: 'error', panic: true });
    expect(init.kind === 'error' && init.message).toMatch(
      /^runtime error: slice bounds out of range/,
    );
  });
});
