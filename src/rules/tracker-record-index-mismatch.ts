import { defineEntry } from '../diagnostics/diagnostic.ts';
import { collectByPlace, findMatchingSpecExecHooks, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = { hook: string; index: number; position: number; container: string; pod: string };

/**
 * On 1.16.2–1.17.2 `HandleHooks` records a hook with its position in its container's list
 * (`internal/hook/wait_exec_hook_handler.go` Record(…, i, …)) while `GroupRestoreExecHooks` added
 * it with its postHooks index: where they differ the record hits no key (velero#9359).
 */
export const trackerRecordIndexMismatch = defineRule({
  entry: defineEntry({
    code: 'tracker-record-index-mismatch',
    title: 'The hook is recorded under the wrong index: the Restore stays in Finalizing for ever',
    severity: 'error',
    why:
      "Velero adds each exec hook to the restore's hook tracker with its index in postHooks, but on these releases " +
      "HandleHooks records the result with the hook's position in its container's list. Whenever the two differ (an " +
      'init entry before the exec entry, or hooks of two resources in one container) the record hits no key, the ' +
      'tracker never completes, and the Restore waits in Finalizing for ever, although the hook ran. One stuck Restore ' +
      'blocks every later restore (velero#9744). Fixed in 1.18.0 (velero#9366).',
    source:
      'internal/hook/wait_exec_hook_handler.go HandleHooks (Record with the loop index); internal/hook/hook_tracker.go; velero#9359',
    fix:
      'Upgrade to Velero 1.18.0 or later. Otherwise make each exec hook the first postHooks entry of its own resource ' +
      '(move init entries to a separate hooks.resources entry) and give each container hooks from one resource only.',
    appliesTo: (b) => b.recordIndex === 'list-position' && b.trackerKeyHasHookIndex,
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      return (
        `${d.hook} is added to the hook tracker as postHooks[${d.index}] but recorded as ${d.position} (its place ` +
        `among the hooks of container ${JSON.stringify(d.container)} in ${pods}): the record is lost and the Restore ` +
        'stays in Finalizing for ever (velero#9359, fixed in 1.18.0)'
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      const refs = findMatchingSpecExecHooks(p);
      for (const [container, hooks] of p.exec.groups) {
        if (!p.containers.includes(container)) continue;
        hooks.forEach((h, position) => {
          if (h.hookSource === 'annotation' || h.hookIndex === position) return;
          const ref = refs.find(
            (r) => r.resource.name === h.hookName && r.post.index === h.hookIndex,
          );
          if (!ref) return;
          const hook = `Restore hook ${JSON.stringify(h.hookName)} (postHooks[${h.hookIndex}])`;
          const data = { hook, index: h.hookIndex, position, container, pod: namePod(p.target) };
          findings.add(ctx.restoreAt([...ref.post.path, 'exec'], 'key'), data);
        });
      }
    }
    for (const f of findings.list()) report(f.at, f.data);
  },
});
