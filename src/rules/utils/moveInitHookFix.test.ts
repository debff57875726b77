import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../analyze.ts';
import type { Fix } from '../../diagnostics/diagnostic.ts';
import { fixedFiles } from '../../testing/ruleFixes.ts';
import { MOVE_FIX_LIMIT } from './moveInitHookFix.ts';
import { yaml, buildPod, buildDeployment } from '../../testing/rules.ts';

const code = 'init-annotation-uses-mounted-path';

const IMAGE = 'init.hook.restore.velero.io/container-image: busybox';
const NAME = 'init.hook.restore.velero.io/container-name: prep';
const COMMAND = `init.hook.restore.velero.io/command: '["rm", "-f", "/var/lib/postgresql/data/postmaster.pid"]'`;

/** A Pod `prod/db` labelled app=db whose annotations start on line 8 (keys at column 5). */
const pod = (...annotations: string[]) =>
  buildPod({
    namespace: 'prod',
    metadata: ['  labels: {app: db}'],
    annotations,
    spec: [
      '  containers:',
      '  - name: postgres',
      '    image: postgres:16',
      '    volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]',
      '  volumes: [{name: data, persistentVolumeClaim: {claimName: db}}]',
    ],
  });

/** A Restore whose one resource hook (`other`, another namespace) ends on line 10. */
const restore = yaml(
  'apiVersion: velero.io/v1',
  'kind: Restore',
  'metadata: {name: r1, namespace: velero}',
  'spec:',
  '  backupName: b1 # nightly',
  '  hooks:',
  '    resources:',
  '    - name: other',
  '      includedNamespaces: [staging]',
  '      postHooks: [{exec: {command: [/bin/true]}}]',
);

/**
 * The resource hook the fix writes for `db`, at the given indent (the list's items). `seq` is how
 * far a sequence's items stand in from their key: '  ' (the default), or '' in the style of a file
 * that writes `key:\n- item`, as `restore` and `pod` do: the fix follows the file's style.
 */
const hookLines = (
  seq: string,
  indent: string,
  container = 'prep',
  namespace = 'prod',
  name = 'db-init',
) => {
  const [s1, s2, s3] = [seq, seq.repeat(2), seq.repeat(3)];
  return [
    `- name: ${name}`,
    '  includedNamespaces:',
    `  ${s1}- ${namespace}`,
    '  labelSelector:',
    '    matchLabels:',
    '      app: db',
    '  postHooks:',
    `  ${s1}- init:`,
    `      ${s1}initContainers:`,
    `      ${s2}- name: ${container}`,
    `        ${s2}image: busybox`,
    `        ${s2}command:`,
    `        ${s3}- rm`,
    `        ${s3}- -f`,
    `        ${s3}- /var/lib/postgresql/data/postmaster.pid`,
    `        ${s2}volumeMounts:`,
    `        ${s3}- name: data`,
    `          ${s3}mountPath: /var/lib/postgresql/data`,
  ].map((l) => indent + l);
};
const dbHook = (indent: string, container?: string, namespace?: string, name?: string) =>
  hookLines('  ', indent, container, namespace, name);
const dbHookCompact = (indent: string, container?: string, namespace?: string, name?: string) =>
  hookLines('', indent, container, namespace, name);

/** The hook as a new Restore writes it (emitYaml quotes a scalar that starts with `-`). */
const emitted = (lines: string[]) => lines.map((l) => l.replace('- -f', '- "-f"'));

const files = (manifests: string, restoreText?: string): AnalyzeInput => ({
  manifests: [{ name: 'manifests.yaml', text: manifests }],
  restore: restoreText === undefined ? null : { name: 'restore.yaml', text: restoreText },
});

/** The fix of each diagnostic of the code (undefined: none offered). */
const fixes = (input: AnalyzeInput): (Fix | undefined)[] =>
  analyze(input)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => d.fix);

/** `text` up to (not including) the first `marker`. */
const cutFrom = (text: string, marker: string) => text.slice(0, text.indexOf(marker));

const range = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

describe('the fix of init-annotation-uses-mounted-path: Move this init hook to the Restore', () => {
  it.each([
    [
      'three hook annotations around a kept one: two line runs deleted, the hook appended to resources',
      files(pod(IMAGE, 'example.com/owner: team-a', NAME, COMMAND), restore),
      {
        title: "Move this init hook to the Restore's spec.hooks",
        file: 'manifests.yaml',
        edits: [
          { range: range(8, 1, 9, 1), text: '' },
          { range: range(10, 1, 12, 1), text: '' },
        ],
        otherFiles: [
          {
            file: 'restore.yaml',
            edits: [
              { range: range(10, 50, 10, 50), text: '\n' + dbHookCompact('    ').join('\n') },
            ],
          },
        ],
      },
    ],
    [
      'only hook annotations: the annotations entry goes too',
      files(pod(IMAGE, NAME, COMMAND), restore),
      {
        file: 'manifests.yaml',
        edits: [{ range: range(7, 1, 11, 1), text: '' }],
        otherFiles: [{ file: 'restore.yaml', edits: [{ range: range(10, 50, 10, 50) }] }],
      },
    ],
    [
      'a flow annotations map keeps its other entries',
      files(
        pod(IMAGE, COMMAND).replace(
          `  annotations:\n    ${IMAGE}\n    ${COMMAND}\n`,
          `  annotations: {${IMAGE}, a.io/b: c, ${COMMAND}}\n`,
        ),
        restore,
      ),
      {
        edits: [{ range: range(7, 16, 7, 177), text: '{a.io/b: c}' }],
      },
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(fixes(input)).toMatchObject([expected]);
  });

  it('writes one file when the Restore is among the manifests', () => {
    const input = files(pod(IMAGE, NAME, COMMAND) + '---\n' + restore);
    expect(fixes(input)).toEqual([
      {
        title: "Move this init hook to the Restore's spec.hooks",
        file: 'manifests.yaml',
        edits: [
          { range: range(7, 1, 11, 1), text: '' },
          { range: range(27, 50, 27, 50), text: '\n' + dbHookCompact('    ').join('\n') },
        ],
      },
    ]);
  });

  it('moves the hook: annotations gone, resources appended, comments and quoting kept', () => {
    const [fixed] = fixedFiles(code, files(pod(IMAGE, '# owner', "a.io/b: 'c'", COMMAND), restore));
    expect(fixed).toEqual({
      'manifests.yaml': pod('# owner', "a.io/b: 'c'"),
      'restore.yaml': restore + dbHookCompact('    ', 'restore-init').join('\n') + '\n',
    });
  });

  it.each([
    ['no hooks', cutFrom(restore, '  hooks:')],
    ['an empty hooks:', cutFrom(restore, '  hooks:') + '  hooks:\n'],
  ])('creates spec.hooks.resources in a Restore with %s', (_name, restoreText) => {
    const [fixed] = fixedFiles(code, files(pod(IMAGE, NAME, COMMAND), restoreText));
    expect(fixed?.['restore.yaml']).toBe(
      yaml(
        'apiVersion: velero.io/v1',
        'kind: Restore',
        'metadata: {name: r1, namespace: velero}',
        'spec:',
        '  backupName: b1 # nightly',
        '  hooks:',
        '    resources:',
        ...dbHook('      '),
      ),
    );
  });

  const newRestore = (...hook: string[]) =>
    yaml(
      'apiVersion: velero.io/v1',
      'kind: Restore',
      'metadata:',
      '  name: restore-db',
      '  namespace: velero',
      'spec:',
      '  backupName: REPLACE-WITH-BACKUP-NAME # placeholder: the name of the Backup to restore from',
      '  hooks:',
      '    resources:',
      ...hook,
    );

  it.each([
    ['an empty Restore file', files(pod(IMAGE, NAME, COMMAND), ''), ''],
    ['a Restore file of blank lines', files(pod(IMAGE, NAME, COMMAND), '\n\n'), ''],
    [
      'a Restore file with no Restore',
      files(pod(IMAGE, NAME, COMMAND), '# the restore\n'),
      '# the restore\n---\n',
    ],
    [
      'the designer’s empty Restore editor (no Restore input)',
      { ...files(pod(IMAGE, NAME, COMMAND)), newRestoreFile: 'restore.yaml' },
      '',
    ],
  ] as const)('creates a Restore with a placeholder backupName in %s', (_name, input, before) => {
    const found = fixes(input);
    expect(found.map((f) => [f?.title, f?.otherFiles?.map((o) => o.file)])).toEqual([
      [
        'Move this init hook to spec.hooks of a new Restore (its backupName is a placeholder: set it)',
        ['restore.yaml'],
      ],
    ]);
    const [fixed] = fixedFiles(code, input);
    expect(fixed?.['restore.yaml']).toBe(before + newRestore(...emitted(dbHook('      '))));
  });

  it('appends a new Restore to the manifests when there is no Restore file', () => {
    const manifests = pod(IMAGE, NAME, COMMAND);
    const [fix] = fixes(files(manifests));
    expect(fix?.title).toBe(
      'Move this init hook to spec.hooks of a new Restore at the end of manifests.yaml (its backupName is a placeholder: set it)',
    );
    expect(fixedFiles(code, files(manifests))).toEqual([
      {
        'manifests.yaml':
          pod().replace('  annotations:\n', '') +
          '---\n' +
          newRestore(...emitted(dbHookCompact('    '))),
      },
    ]);
  });

  it('names the container, the hook and the namespace as Velero will see them', () => {
    const taken = restore.replace('name: other', 'name: db-init');
    const manifests = pod(IMAGE, COMMAND).replace(
      '  containers:',
      '  initContainers: [{name: restore-init, image: x}]\n  containers:',
    );
    const input: AnalyzeInput = {
      ...files(manifests, taken),
      namespaceMapping: { prod: 'prod-2' },
    };
    const [fixed] = fixedFiles(code, input);
    expect(fixed?.['restore.yaml']).toBe(
      taken + dbHookCompact('    ', 'restore-init-2', 'prod-2', 'db-init-2').join('\n') + '\n',
    );
  });

  it.each([
    [
      'indented sequences in the Restore: the hook is indented too',
      restore.replace(
        / {4}- name: other\n {6}(.*)\n {6}(.*)\n/,
        '      - name: other\n        $1\n        $2\n',
      ),
      (r: string) => r + dbHook('      ').join('\n') + '\n',
    ],
    [
      'sequences at the key column in the Restore: so is the hook',
      restore,
      (r: string) => r + dbHookCompact('    ').join('\n') + '\n',
    ],
    [
      'more indented sequences than compact ones: indented (resources itself is compact)',
      restore.replace('[staging]', '\n        - staging\n        - qa'),
      (r: string) => r + dbHook('    ').join('\n') + '\n',
    ],
  ])('follows the Restore file’s sequence style: %s', (_name, restoreText, after) => {
    const [fixed] = fixedFiles(code, files(pod(IMAGE, NAME, COMMAND), restoreText));
    expect(fixed?.['restore.yaml']).toBe(after(restoreText));
  });

  it('writes a new Restore in the style of the file it is appended to', () => {
    const indented = pod(IMAGE, NAME, COMMAND).replace(
      / {2}- name: postgres\n {4}(.*)\n {4}(.*)\n/,
      '    - name: postgres\n      $1\n      $2\n',
    );
    const fixed = fixedFiles(code, files(indented))[0]?.['manifests.yaml'];
    expect(fixed?.slice(fixed.indexOf('---\n') + 4)).toBe(newRestore(...emitted(dbHook('      '))));
  });

  it('mounts every volume the command uses, once per mount path, with its subPath', () => {
    const chown = `init.hook.restore.velero.io/command: '["sh", "-c", "chown -R 1 /srv/www/a /srv/www/b /cache"]'`;
    const manifests = buildDeployment({
      templateLabels: '{app: web, tier: front}',
      annotations: [IMAGE, chown],
      podSpec: [
        '    spec:',
        '      containers:',
        '      - name: app',
        '        image: app',
        '        volumeMounts:',
        '        - {name: www, mountPath: /srv/www/, subPath: site, readOnly: true}',
        '        - {name: cache, mountPath: /cache}',
        '      volumes: [{name: www, emptyDir: {}}, {name: cache, emptyDir: {}}]',
      ],
    });
    const [fixed] = fixedFiles(code, files(manifests, restore));
    expect(fixed?.['manifests.yaml']).toBe(
      manifests.replace(`      annotations:\n        ${IMAGE}\n        ${chown}\n`, ''),
    );
    expect(fixed?.['restore.yaml']).toBe(
      restore +
        [
          '    - name: web-init',
          '      includedNamespaces:',
          '      - shop',
          '      labelSelector:',
          '        matchLabels:',
          '          app: web',
          '          tier: front',
          '      postHooks:',
          '      - init:',
          '          initContainers:',
          '          - name: restore-init',
          '            image: busybox',
          '            command:',
          '            - sh',
          '            - -c',
          '            - chown -R 1 /srv/www/a /srv/www/b /cache',
          '            volumeMounts:',
          '            - name: www',
          '              mountPath: /srv/www',
          '              subPath: site',
          '            - name: cache',
          '              mountPath: /cache',
          '',
        ].join('\n'),
    );
  });

  it('says so in the title when the labels also select other pods of the namespace', () => {
    const twin = pod().replace('name: db', 'name: db-2').replace('  annotations:\n', '');
    const [fix] = fixes(files(pod(IMAGE, COMMAND) + '---\n' + twin, restore));
    expect(fix?.title).toBe(
      "Move this init hook to the Restore's spec.hooks (its labels also select 1 other pod in prod)",
    );
  });

  it.each([
    [
      'the pod has no labels',
      files(pod(IMAGE, COMMAND).replace('  labels: {app: db}\n', ''), restore),
    ],
    ['the Restore file does not parse', files(pod(IMAGE, COMMAND), 'kind: Restore\nspec: [\n')],
    [
      'spec.hooks.resources is not a list',
      files(pod(IMAGE, COMMAND), cutFrom(restore, '    resources:') + '    resources: {a: b}\n'),
    ],
    [
      'the annotations are an alias',
      files(
        `x-hooks: &hooks {${IMAGE}, ${COMMAND}}\n` +
          pod().replace('  annotations:', '  annotations: *hooks'),
        restore,
      ),
    ],
  ])('offers no fix when %s', (_name, input) => {
    expect(fixes(input)).toEqual([undefined]);
  });

  it('is offered while at most MOVE_FIX_LIMIT pods need it', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        pod(IMAGE, COMMAND).replace('name: db', `name: db-${i}`).replace('app: db', `app: db-${i}`),
      ).join('---\n');
    const at = analyze(files(many(MOVE_FIX_LIMIT), restore)).diagnostics.filter(
      (d) => d.code === code,
    );
    expect(at.map((d) => [d.data['pods'], d.fix !== undefined])).toEqual(
      Array.from({ length: MOVE_FIX_LIMIT }, () => [MOVE_FIX_LIMIT, true]),
    );
    const over = analyze(files(many(MOVE_FIX_LIMIT + 1), restore)).diagnostics.filter(
      (d) => d.code === code,
    );
    expect(over.map((d) => [d.data['pods'], d.fix])).toEqual(
      Array.from({ length: MOVE_FIX_LIMIT + 1 }, () => [MOVE_FIX_LIMIT + 1, undefined]),
    );
  });

  it('says in the message why an unlabelled pod gets no fix', () => {
    const input = files(pod(IMAGE, COMMAND).replace('  labels: {app: db}\n', ''), restore);
    const [d] = analyze(input).diagnostics.filter((x) => x.code === code);
    expect(d?.data).toMatchObject({ podHasLabels: false });
    expect(d?.message).toContain(
      'The pod has no labels, so no Restore spec hook can select just this pod',
    );
  });
});

describe('the moved hook, analysed again', () => {
  const specInit = yaml(
    '    - name: prep-all',
    '      includedNamespaces: [prod]',
    '      postHooks: [{init: {initContainers: [{name: warm, image: busybox, command: [/bin/true]}]}}]',
  );

  it('has no diagnostic left, and the plan injects the spec init hook into the pod', () => {
    const before = files(pod(IMAGE, NAME, COMMAND), restore + specInit);
    const found = analyze(before).diagnostics.map((d) => d.code);
    expect(found).toContain(code);
    // The annotations override every spec init hook of the pod (HandleRestoreHooks): reported.
    expect(found).toContain('annotation-overrides-spec-hooks');
    expect(analyze(before).plan.pods[0]?.init).toMatchObject({ kind: 'ok', source: 'annotation' });

    const [fixed] = fixedFiles(code, before);
    const after = analyze(files(fixed!['manifests.yaml']!, fixed!['restore.yaml']));
    // Only the info about the Restore's hook for another namespace, there before too, is left.
    expect(after.diagnostics.map((d) => d.code)).toEqual(['spec-hook-matches-no-pod']);
    expect(found).toContain('spec-hook-matches-no-pod');
    const init = after.plan.pods[0]?.init;
    expect(init).toMatchObject({ kind: 'ok', source: 'spec' });
    expect(
      init?.kind === 'ok'
        ? init.injected.map((i): unknown[] => [
            i.from.source === 'spec' ? i.from.hookName : i.from.source,
            i.container,
          ])
        : null,
    ).toEqual([
      ['prep-all', { name: 'warm', image: 'busybox', command: ['/bin/true'] }],
      [
        'db-init',
        {
          name: 'prep',
          image: 'busybox',
          command: ['rm', '-f', '/var/lib/postgresql/data/postmaster.pid'],
          volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
        },
      ],
    ]);
  });

  it('works the same from an empty Restore editor', () => {
    const input: AnalyzeInput = { ...files(pod(IMAGE, COMMAND)), newRestoreFile: 'restore.yaml' };
    const [fixed] = fixedFiles(code, input);
    const after = analyze(files(fixed!['manifests.yaml']!, fixed!['restore.yaml']));
    expect(after.diagnostics).toEqual([]);
    expect(after.plan.restore.backupName).toBe('REPLACE-WITH-BACKUP-NAME');
    expect(after.plan.pods[0]?.init).toMatchObject({ kind: 'ok', source: 'spec' });
  });
});
