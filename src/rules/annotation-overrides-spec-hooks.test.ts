import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { findDiagnostics, annotatedPod as pod, restoreWithResources } from '../testing/rules.ts';

const code = 'annotation-overrides-spec-hooks';

const initAnnotations = [
  'init.hook.restore.velero.io/container-image: busybox',
  `init.hook.restore.velero.io/command: '["/bin/prep"]'`,
];

const restore = restoreWithResources;

const bothLines = [
  '    - name: both',
  '      postHooks:',
  '      - init: {initContainers: [{name: a, image: busybox, command: [/bin/true]}]}',
  '      - exec: {command: [/bin/sync]}',
];
const both = restore(...bothLines);

describe(code, () => {
  it.each([
    [
      'init annotations over a spec init hook',
      pod(...initAnnotations),
      both,
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 48,
          data: { pod: 'default/db', kind: 'init', count: 1, hooks: '"both"' },
        },
      ],
    ],
    [
      'both kinds at once (two diagnostics)',
      pod(...initAnnotations, 'post.hook.restore.velero.io/command: /bin/flush'),
      restore(
        ...bothLines,
        '    - name: more',
        '      postHooks: [{exec: {command: [/bin/more]}}]',
      ),
      [
        { line: 6, column: 5, endLine: 6, endColumn: 48, data: { kind: 'init', count: 1 } },
        {
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 40,
          data: { kind: 'exec', count: 2, hooks: '"both", "more"' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      'spec hooks that do not select the pod',
      pod(...initAnnotations),
      restore(
        '    - name: elsewhere',
        '      includedNamespaces: [staging]',
        '      postHooks: [{init: {initContainers: [{name: a, image: b, command: [c]}]}}]',
      ),
    ],
    [
      'an exec annotation beside spec init hooks only (per kind)',
      pod('post.hook.restore.velero.io/command: /bin/flush'),
      restore(
        '    - name: prep',
        '      postHooks: [{init: {initContainers: [{name: a, image: b, command: [c]}]}}]',
      ),
    ],
    [
      'init annotations without an image',
      pod(`init.hook.restore.velero.io/command: '["/bin/prep"]'`),
      both,
    ],
  ])('is silent for %s', (_name, text, restoreText) => {
    expect(findDiagnostics(code, text, restoreText)).toEqual([]);
  });

  it('points related locations at the overridden spec hooks', () => {
    const found = analyze({
      manifests: [{ name: 'manifests.yaml', text: pod(...initAnnotations) }],
      restore: { name: 'restore.yaml', text: both },
    });
    const related = found.diagnostics
      .filter((d) => d.code === code)
      .map((d) => d.related?.map((r) => [r.file, r.range.start.line, r.range.start.column]));
    expect(related).toEqual([[['restore.yaml', 10, 9]]]);
  });
});
