import { defineEntry } from '../diagnostics/diagnostic.ts';
import { formatDuration } from '../go/duration.ts';
import { ExecAnnotation } from '../model/annotations.ts';
import type { ExecHook } from '../model/types.ts';
import type { PodPlan } from '../velero/plan.ts';
import {
  collectByPlace,
  findMatchingSpecExecHooks,
  readPodAnnotations,
  namePod,
} from './utils/podHooks.ts';
import { defineRule, type At, type RuleContext } from './utils/rule.ts';
import { findNode } from './utils/textEdits.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = {
  hook: string;
  pod: string;
  boundedBy: string | null;
};

/** Where a hook without wait timeout is written: its wait-timeout if present, else the hook itself. */
function hookAt(ctx: RuleContext, p: PodPlan, hook: ExecHook): { at: At | null; label: string }[] {
  if (hook.hookSource === 'annotation') {
    const written = ExecAnnotation.waitTimeout in readPodAnnotations(p.target);
    const key = written ? ExecAnnotation.waitTimeout : ExecAnnotation.command;
    return [
      {
        at: ctx.podAt(p.target, ['metadata', 'annotations', key], written ? 'value' : 'key'),
        label: 'The exec hook annotation',
      },
    ];
  }
  return findMatchingSpecExecHooks(p)
    .filter(
      ({ resource, post }) => resource.name === hook.hookName && post.index === hook.hookIndex,
    )
    .map(({ resource, post }) => {
      const field = ctx.restoreAt([...post.path, 'exec', 'waitTimeout'], 'value');
      const written = field !== null && findNode(ctx, field) !== undefined;
      return {
        at: written ? field : ctx.restoreAt([...post.path, 'exec'], 'key'),
        label: `Restore hook ${JSON.stringify(resource.name)} (postHooks[${post.index}])`,
      };
    });
}

/**
 * An exec hook with no (or a zero or unparseable) wait timeout: the pod's watch then has no deadline,
 * whatever the other hooks of the pod say (maxHookWait, internal/hook/wait_exec_hook_handler.go).
 */
export const execHookNoWaitTimeout = defineRule({
  entry: defineEntry({
    code: 'exec-hook-no-wait-timeout',
    title: 'Exec hook without a wait timeout: the pod is watched with no deadline',
    severity: 'info',
    why:
      "Velero watches each restored pod until its hooks' containers are up. The watch deadline is per pod: the " +
      'largest wait timeout of its hooks, but only if EVERY hook has one. One hook without a wait timeout (unset, 0, ' +
      'or an unparseable annotation) removes the deadline for the whole pod, so a container that never starts keeps ' +
      'the hooks waiting.',
    source: 'internal/hook/wait_exec_hook_handler.go maxHookWait, HandleHooks',
    fix: 'Set a wait timeout on every exec hook of the pod: post.hook.restore.velero.io/wait-timeout, or exec.waitTimeout in the Restore spec.',
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      return (
        `${d.hook} of ${pods} has no wait timeout, so Velero watches the pod with no deadline` +
        (d.boundedBy
          ? `: the wait timeout ${d.boundedBy} of the pod's other hooks no longer bounds the wait (the deadline is per pod)`
          : '')
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      const hooks = [...p.exec.groups.values()].flat();
      const longest = hooks.reduce((max, h) => (h.waitTimeout > max ? h.waitTimeout : max), 0n);
      const boundedBy = longest > 0n ? formatDuration(longest) : null;
      for (const hook of hooks) {
        if (hook.waitTimeout !== 0n) continue;
        for (const { at, label } of hookAt(ctx, p, hook)) {
          findings.add(at, { hook: label, pod: namePod(p.target), boundedBy }, boundedBy ?? '');
        }
      }
    }
    for (const { at, data } of findings.list())
      report(at, data, data.boundedBy ? { severity: 'warning' } : undefined);
  },
});
