import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateAnnotations, listHookAnnotationKeys } from './annotations.ts';
import type { DesignedHook, Generated, TargetKind } from './design.ts';
import { generateKubectlCommand, quoteShellWord, quoteShellWordIfNeeded } from './kubectl.ts';
import { dnsLabel, execHook, initHook, parseShellWords } from '../testing/generate.ts';

function ok<T>(g: Generated<T>): T {
  if (g.kind === 'error') throw new Error(`unexpected problems: ${JSON.stringify(g.problems)}`);
  return g.value;
}

/** What /bin/sh makes of a quoted word: `printf %s "$1"` prints it byte for byte. */
function throughSh(word: string): string {
  return execFileSync('/bin/sh', ['-c', `printf %s ${word}`], { encoding: 'utf8' });
}

describe('quoteShellWord', () => {
  it.each([
    ['plain', "'plain'"],
    ['', "''"],
    ["it's", `'it'\\''s'`],
    ["''", `''\\'''\\'''`],
  ])('quotes %j as %s', (text, quoted) => {
    expect(quoteShellWord(text)).toBe(quoted);
  });

  it.each([
    "it's",
    'a b\nc',
    '$(id) `id` $HOME \\ "x"',
    '["/bin/sh","-c","echo \'hi\'"]',
    'ünï 😀 *?[a]',
    "'",
    '',
  ])('/bin/sh reads back %j', (text) => {
    expect(throughSh(quoteShellWord(text))).toBe(text);
    expect(throughSh(quoteShellWordIfNeeded(text))).toBe(text);
  });

  it('unquotes to the same text for any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const clean = text.replaceAll('\u0000', '');
        expect(parseShellWords(quoteShellWord(clean))).toEqual([clean]);
        expect(parseShellWords(`x ${quoteShellWordIfNeeded(clean)} y`)).toEqual(['x', clean, 'y']);
      }),
      { numRuns: 500 },
    );
  });
});

describe('generateKubectlCommand', () => {
  it('annotates a Pod, removing the exec keys the design leaves at their default', () => {
    const hook: DesignedHook = {
      kind: 'exec',
      command: ['/bin/sh', '-c', "echo 'done'"],
      onError: 'Fail',
    };
    expect(ok(generateKubectlCommand(hook, { kind: 'Pod', name: 'db-0', namespace: 'shop' }))).toBe(
      "kubectl annotate pod db-0 -n shop --overwrite post.hook.restore.velero.io/command='[\"/bin/sh\",\"-c\",\"echo '\\''done'\\''\"]' " +
        "post.hook.restore.velero.io/on-error='Fail' post.hook.restore.velero.io/container- post.hook.restore.velero.io/exec-timeout- " +
        'post.hook.restore.velero.io/wait-timeout- post.hook.restore.velero.io/wait-for-ready-',
    );
  });

  it('patches the pod template of a Deployment with a merge patch', () => {
    const hook: DesignedHook = { kind: 'init', name: 'prep', image: 'busybox', command: ['true'] };
    const result = generateKubectlCommand(hook, { kind: 'Deployment', name: 'web' });
    expect(ok(result)).toBe(
      `kubectl patch deployment web --type merge -p '{"spec":{"template":{"metadata":{"annotations":{` +
        `"init.hook.restore.velero.io/container-image":"busybox","init.hook.restore.velero.io/container-name":"prep",` +
        `"init.hook.restore.velero.io/command":"[\\"true\\"]"}}}}}'`,
    );
    expect(result.kind === 'ok' && result.notes).toHaveLength(2);
  });

  it.each([
    [{ kind: 'Job', name: 'j' }, ['job-template-immutable']],
    [{ kind: 'Service', name: 's' }, ['unsupported-kind']],
    [{ kind: 'Pod', name: 'Bad_Name', namespace: 'a.b' }, ['invalid-name', 'invalid-namespace']],
  ])('refuses the target %j', (target, codes) => {
    const result = generateKubectlCommand({ kind: 'exec', command: ['x'] }, target);
    expect(result.kind === 'error' && result.problems.map((p) => p.code)).toEqual(codes);
  });

  const hooksArb = fc
    .tuple(fc.option(initHook, { nil: undefined }), fc.option(execHook, { nil: undefined }))
    .map((hs) => hs.filter((h): h is DesignedHook => h !== undefined))
    .filter((hs) => hs.length > 0);
  const kindArb = fc.constantFrom<TargetKind>(
    'Pod',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'CronJob',
  );

  it('unquotes back to the annotation map, plus removals of the other keys Velero reads', () => {
    fc.assert(
      fc.property(
        hooksArb,
        kindArb,
        dnsLabel,
        fc.option(dnsLabel, { nil: undefined }),
        (hooks, kind, name, namespace) => {
          const annotations = ok(generateAnnotations(hooks));
          const removed = hooks
            .flatMap((h) => listHookAnnotationKeys(h.kind))
            .filter((k) => !(k in annotations));
          const words = parseShellWords(
            ok(generateKubectlCommand(hooks, { kind, name, ...(namespace ? { namespace } : {}) })),
          );
          const ns = namespace ? ['-n', namespace] : [];
          if (kind === 'Pod') {
            expect(words.slice(0, 5 + ns.length)).toEqual([
              'kubectl',
              'annotate',
              'pod',
              name,
              ...ns,
              '--overwrite',
            ]);
            const rest = words.slice(5 + ns.length);
            const set = rest
              .filter((w) => w.includes('='))
              .map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]);
            expect(Object.fromEntries(set)).toEqual(annotations);
            expect(rest.filter((w) => !w.includes('='))).toEqual(removed.map((k) => `${k}-`));
            return;
          }
          expect(words.slice(0, -1)).toEqual([
            'kubectl',
            'patch',
            kind.toLowerCase(),
            name,
            ...ns,
            '--type',
            'merge',
            '-p',
          ]);
          let template = JSON.parse(words.at(-1)!) as Record<string, unknown>;
          template = template['spec'] as Record<string, unknown>;
          if (kind === 'CronJob')
            template = (template['jobTemplate'] as { spec: Record<string, unknown> }).spec;
          const patched = (
            template['template'] as { metadata: { annotations: Record<string, string | null> } }
          ).metadata.annotations;
          expect(Object.fromEntries(Object.entries(patched).filter(([, v]) => v !== null))).toEqual(
            annotations,
          );
          expect(Object.keys(patched).filter((k) => patched[k] === null)).toEqual(removed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('/bin/sh reads the same words as the parser, for a tricky design and random ones', () => {
    const tricky: DesignedHook = {
      kind: 'exec',
      command: ['/bin/sh', '-c', `echo "it's $HOME" \`id\`\n[ -f x ] && echo ok`],
      waitTimeout: '5m',
    };
    const check = (hooks: DesignedHook | DesignedHook[], kind: TargetKind) => {
      const command = ok(generateKubectlCommand(hooks, { kind, name: 'p', namespace: 'shop' }));
      expect(shArgv(command)).toEqual(parseShellWords(command).slice(1));
      return command;
    };
    expect(shArgv(check(tricky, 'Pod'))).toContain(
      `post.hook.restore.velero.io/command=${JSON.stringify(tricky.command)}`,
    );
    fc.assert(
      fc.property(hooksArb, kindArb, (hooks, kind) => void check(hooks, kind)),
      { numRuns: 25 },
    );
  });
});

/** The arguments /bin/sh passes to `kubectl` for a generated command line. */
function shArgv(commandLine: string): string[] {
  const script = `set -- ${commandLine.replace(/^kubectl /, '')}; printf '%s\\0' "$@"`;
  return execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1);
}
