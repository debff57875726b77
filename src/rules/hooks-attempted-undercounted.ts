import { defineEntry } from '../diagnostics/diagnostic.ts';
import { collectByPlace, findMatchingSpecExecHooks, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = { hook: string; first: number; container: string; pod: string };

/**
 * Before 1.16.2 the tracker key has no hook index (`internal/hook/hook_tracker.go` hookTrackerKey):
 * exec hooks of one resource in one container collapse into one key (velero#8910).
 */
export const hooksAttemptedUndercounted = defineRule({
  entry: defineEntry({
    code: 'hooks-attempted-undercounted',
    title: 'Several exec hooks of one resource in one container count as one',
    severity: 'warning',
    why:
      "On these releases the restore's hook tracker identifies an exec hook by namespace, pod, container, source and " +
      'hook name, without its postHooks index. All exec hooks of one hooks.resources entry that run in the same ' +
      'container share one key: they all run, but HooksAttempted and HooksFailed count them once, and only one of ' +
      'their results counts (the last on 1.13, the first from 1.14), so a failure can go uncounted. Fixed in 1.16.2 ' +
      '(the key carries the index).',
    source: 'internal/hook/hook_tracker.go hookTrackerKey, Add, Record; velero#8910',
    fix:
      'Upgrade to Velero 1.16.2 or 1.17.0+ (but see tracker-record-index-mismatch there), or put the commands in one ' +
      'exec hook (`/bin/sh -c "a && b"`), or split them into hooks.resources entries with different names.',
    appliesTo: (b) => b.hookTracker !== 'none' && !b.trackerKeyHasHookIndex,
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      return (
        `${d.hook} shares one hook-tracker key with postHooks[${d.first}] (same resource, same container ` +
        `${JSON.stringify(d.container)} in ${pods}): HooksAttempted and HooksFailed count them as one hook (velero#8910)`
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      const refs = findMatchingSpecExecHooks(p);
      for (const [container, hooks] of p.exec.groups) {
        const firstIndex = new Map<string, number>();
        for (const h of hooks) {
          if (h.hookSource === 'annotation') continue;
          const first = firstIndex.get(h.hookName);
          if (first === undefined) {
            firstIndex.set(h.hookName, h.hookIndex);
            continue;
          }
          const ref = refs.find(
            (r) => r.resource.name === h.hookName && r.post.index === h.hookIndex,
          );
          const firstRef = refs.find(
            (r) => r.resource.name === h.hookName && r.post.index === first,
          );
          if (!ref || ref.resource !== firstRef?.resource) continue;
          const hook = `Restore hook ${JSON.stringify(h.hookName)} (postHooks[${h.hookIndex}])`;
          findings.add(ctx.restoreAt([...ref.post.path, 'exec'], 'key'), {
            hook,
            first,
            container,
            pod: namePod(p.target),
          });
        }
      }
    }
    for (const f of findings.list()) report(f.at, f.data);
  },
});
