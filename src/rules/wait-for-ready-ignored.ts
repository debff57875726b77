import { defineEntry } from '../diagnostics/diagnostic.ts';
import { ExecAnnotation } from '../model/annotations.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/**
 * `waitForReady` and the `wait-for-ready` annotation arrived in 1.13.0 (velero#6918): before, the
 * field does not exist and `isContainerRunning` (`internal/hook/wait_exec_hook_handler.go`) only
 * waits for Running.
 */
export const waitForReadyIgnored = defineRule({
  entry: defineEntry({
    code: 'wait-for-ready-ignored',
    title: 'waitForReady on a Velero release that does not have it',
    severity: 'warning',
    why:
      'waitForReady (and the post.hook.restore.velero.io/wait-for-ready annotation) arrived in Velero 1.13.0. On ' +
      'older releases the Restore field does not exist and the annotation is not read: an exec hook runs as soon as ' +
      'its container is Running, before its readiness probe passes, so a hook that needs the application to be up ' +
      '(a database accepting connections) can fail.',
    source:
      'internal/hook/wait_exec_hook_handler.go isContainerRunning (before 1.13.0); velero#6918',
    fix:
      'Upgrade to Velero 1.13.0 or later, or make the hook wait itself, e.g. `until pg_isready; do sleep 1; done && …` ' +
      'in a shell command.',
    appliesTo: (b) => !b.waitForReady,
    message: (d: { where: string }) =>
      `${d.where} asks to wait for Ready, which this Velero release does not know (it arrived in 1.13.0): the hook ` +
      'runs as soon as the container is Running',
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      if (!(ExecAnnotation.waitForReady in readPodAnnotations(target))) continue;
      const at = ctx.podAt(target, ['metadata', 'annotations', ExecAnnotation.waitForReady], 'key');
      report(at, { where: `The wait-for-ready annotation of ${namePod(target)}` });
    }
    for (const resource of ctx.restore.resources) {
      for (const post of resource.postHooks) {
        if (!post.exec?.waitForReady) continue;
        const at = ctx.restoreAt([...post.path, 'exec', 'waitForReady'], 'key');
        const where = `Restore hook ${JSON.stringify(resource.name)} (postHooks[${post.index}])`;
        if (at) report(at, { where });
      }
    }
  },
});
