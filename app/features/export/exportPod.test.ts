import { describe, expect, it } from 'vitest';
import { buildDesignerView } from '../../../src/index.ts';
import { defaultManifestsText } from '../../state/defaults.ts';
import {
  describeProblem,
  exportPod,
  readHooksFromAnnotations,
  restoreManifest,
  makeSafeFileName,
} from './exportPod.ts';

describe('readHooksFromAnnotations', () => {
  it('reads the init and exec hooks as Velero does', () => {
    expect(
      readHooksFromAnnotations({
        'init.hook.restore.velero.io/container-image': 'busybox',
        'init.hook.restore.velero.io/command': '["rm", "-f", "/x"]',
        'post.hook.restore.velero.io/command': 'echo hi there',
        'post.hook.restore.velero.io/wait-for-ready': 'True',
        'post.hook.restore.velero.io/wait-timeout': '5m',
      }),
    ).toEqual([
      { kind: 'init', image: 'busybox', command: ['rm', '-f', '/x'] },
      {
        kind: 'exec',
        command: ['echo hi there'],
        waitForReady: true,
        waitTimeout: '5m',
      },
    ]);
  });

  it('has no hooks without hook annotations', () => {
    expect(readHooksFromAnnotations({ 'app.kubernetes.io/name': 'x' })).toEqual([]);
  });
});

describe('exportPod', () => {
  const view = buildDesignerView({ manifests: defaultManifestsText, restore: '' });
  const pod = view.pods[0]!;

  it('renders the annotations and the kubectl command of the default pod', () => {
    const out = exportPod(pod)!;
    expect(out.annotationsYaml).toMatchObject({ kind: 'ok' });
    expect(out.kubectl.kind === 'ok' && out.kubectl.value).toMatch(
      /^kubectl annotate pod postgres-0 -n databases --overwrite /,
    );
  });

  it('refuses a duration Velero cannot read, in words', () => {
    const broken = buildDesignerView({
      manifests: defaultManifestsText.replace('wait-timeout: 5m', 'wait-timeout: 1d'),
      restore: '',
    }).pods[0]!;
    const out = exportPod(broken)!;
    expect(out.kubectl.kind).toBe('error');
    if (out.kubectl.kind !== 'error') return;
    expect(out.kubectl.problems.map((p) => p.code)).toEqual(['invalid-duration']);
    expect(describeProblem(out.kubectl.problems[0]!, out.hooks)).toMatch(
      /^Exec hook: waitTimeout "1d"/,
    );
  });

  it('explains an init hook without a command', () => {
    const hooks = readHooksFromAnnotations({
      'init.hook.restore.velero.io/container-image': 'busybox',
    });
    const out = exportPod({
      ...pod,
      annotations: { 'init.hook.restore.velero.io/container-image': 'busybox' },
    })!;
    expect(out.annotationsYaml.kind).toBe('error');
    if (out.annotationsYaml.kind !== 'error') return;
    expect(describeProblem(out.annotationsYaml.problems[0]!, hooks)).toMatch(/panics/);
  });
});

describe('restoreManifest', () => {
  it('keeps the editor text, or generates a hook-less Restore', () => {
    expect(restoreManifest('kind: Restore\n', { name: 'r', backupName: 'b' })).toEqual({
      kind: 'ok',
      value: 'kind: Restore\n',
      notes: [],
    });
    const generated = restoreManifest('  \n', { name: 'restore1', backupName: 'backup1' });
    expect(generated.kind === 'ok' && generated.value).toMatch(/backupName: backup1/);
  });
});

describe('makeSafeFileName', () => {
  it('keeps safe characters only', () => {
    expect(makeSafeFileName('shop/cache-0 annotations', 'yaml')).toBe(
      'shop-cache-0-annotations.yaml',
    );
    expect(makeSafeFileName('../..', 'sh')).toBe('export.sh');
  });
});
