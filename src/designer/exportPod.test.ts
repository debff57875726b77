import { describe, expect, it } from 'vitest';
import { buildDesignerView } from './designerView.ts';
import { exportPod, formatAnnotationLines } from './exportPod.ts';

const lines = (...l: string[]) => l.join('\n') + '\n';
const HOOK = `post.hook.restore.velero.io/command: '["/bin/sh", "-c", "sync"]'`;
const TIMEOUT = 'post.hook.restore.velero.io/wait-timeout: 5m';

/** The export of the first pod of a manifests text. */
function exported(manifests: string) {
  const pod = buildDesignerView({
    manifests,
    restore: '',
    include: { diff: 'none', simulation: false },
  }).pods[0]!;
  return { layout: pod.annotationsLayout, out: exportPod(pod)! };
}

const ok = (g: { kind: string; value?: string; notes?: string[] }) =>
  g.kind === 'ok' ? { value: g.value, notes: g.notes } : g;

describe('the annotation lines of the export, laid out as the manifest is', () => {
  it.each([
    [
      'a Pod with 2-space block annotations: entries at their column',
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: db',
        '  namespace: prod',
        '  annotations:',
        '    team.example.com/owner: data',
        `    ${HOOK}`,
        `    ${TIMEOUT}`,
        'spec: {containers: [{name: app}]}',
      ),
      { kind: 'entries', line: 6, column: 4, step: 2 },
      lines(
        `    post.hook.restore.velero.io/command: '["/bin/sh","-c","sync"]'`,
        `    post.hook.restore.velero.io/wait-timeout: '5m0s'`,
      ),
      'Indented for the annotations: at line 6 of the manifest: paste the lines under it.',
    ],
    [
      'a Deployment in a 4-space file: entries under the template metadata at 16 spaces',
      lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '    name: web',
        '    namespace: shop',
        'spec:',
        '    template:',
        '        metadata:',
        '            labels: {app: web}',
        '            annotations:',
        `                ${HOOK}`,
        '        spec:',
        '            containers: [{name: app}]',
      ),
      { kind: 'entries', line: 10, column: 16, step: 4 },
      lines(`                post.hook.restore.velero.io/command: '["/bin/sh","-c","sync"]'`),
      'Indented for the annotations: at line 10 of the manifest: paste the lines under it.',
    ],
    [
      'flow annotations in a 4-space file: an annotations: block under metadata:',
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '    name: db',
        `    annotations: {${HOOK}}`,
        'spec: {containers: [{name: app}]}',
      ),
      { kind: 'block', line: 3, column: 4, step: 4 },
      lines(
        '    annotations:',
        `        post.hook.restore.velero.io/command: '["/bin/sh","-c","sync"]'`,
      ),
      'Indented for the metadata: at line 3 of the manifest: paste the block under it.',
    ],
  ])('%s', (_name, manifests, layout, value, note) => {
    const { layout: found, out } = exported(manifests);
    expect(found).toEqual(layout);
    expect(ok(out.annotationsYaml)).toEqual({ value, notes: [note] });
  });

  it('writes the whole path from the root when the metadata is not a block mapping', () => {
    const { layout, out } = exported(
      lines('apiVersion: v1', 'kind: Pod', `metadata: {name: db, annotations: {${HOOK}}}`),
    );
    expect(layout).toBeNull();
    expect(ok(out.annotationsYaml)).toEqual({
      value: lines(
        'metadata:',
        '  annotations:',
        `    post.hook.restore.velero.io/command: '["/bin/sh","-c","sync"]'`,
      ),
      notes: [],
    });
  });

  it('keeps values that YAML would read otherwise quoted, at any step', () => {
    const annotations = { 'post.hook.restore.velero.io/wait-for-ready': 'true', 'a/b': "it's" };
    expect(formatAnnotationLines(annotations, { kind: 'block', line: 1, column: 2, step: 3 })).toBe(
      lines(
        '  annotations:',
        "     post.hook.restore.velero.io/wait-for-ready: 'true'",
        "     a/b: 'it''s'",
      ),
    );
  });
});

describe('the kubectl command of the export and the namespace', () => {
  const pod = (namespace: string) =>
    lines(
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: cassandra',
      ...(namespace ? [`  namespace: ${namespace}`] : []),
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations:',
      `        ${HOOK}`,
      '    spec: {containers: [{name: app}]}',
    );
  const patch = `--type merge -p '{"spec":{"template":{"metadata":{"annotations":{"post.hook.restore.velero.io/command":"[\\"/bin/sh\\",\\"-c\\",\\"sync\\"]","post.hook.restore.velero.io/container":null,"post.hook.restore.velero.io/on-error":null,"post.hook.restore.velero.io/exec-timeout":null,"post.hook.restore.velero.io/wait-timeout":null,"post.hook.restore.velero.io/wait-for-ready":null}}}}}'`;

  it.each([
    ['a namespace in the manifest: -n', 'db', `kubectl patch statefulset cassandra -n db ${patch}`],
    [
      'none: no -n, and a comment line says kubectl’s current namespace is used',
      '',
      "# StatefulSet cassandra (no namespace): kubectl's current namespace is used (kubectl config view --minify -o jsonpath='{..namespace}').\n" +
        `kubectl patch statefulset cassandra ${patch}`,
    ],
    [
      'written as default: kept',
      'default',
      `kubectl patch statefulset cassandra -n default ${patch}`,
    ],
  ])('%s', (_name, namespace, command) => {
    const { out } = exported(pod(namespace));
    expect(out.kubectl.kind === 'ok' && out.kubectl.value).toBe(command);
  });
});
