import { defineEntry } from '../diagnostics/diagnostic.ts';
import { ExecAnnotation } from '../model/annotations.ts';
import {
  collectByPlace,
  findMatchingSpecExecHooks,
  listNativeSidecars,
  readPodAnnotations,
  namePod,
} from './utils/podHooks.ts';
import { describeUnrecordedHookOutcome } from './utils/unrecordedHook.ts';
import { defineRule } from './utils/rule.ts';
import { findClosestName, replaceValueFix } from './utils/textEdits.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = {
  pod: string;
  hook: string;
  container: string;
  sidecar: boolean;
  suggestion: string | null;
  /** True when the container is written (so a rename fix applies); false when defaulted. */
  written: boolean;
  /** What the unrecorded hook does to the Restore on the chosen release. */
  outcome: string;
};

/**
 * An exec hook for a container that is not in `spec.containers` (or is a native sidecar): the wait
 * handler drops it (wait_exec_hook_handler.go podHasContainer), but the tracker already counts it,
 * so from 1.14 the Restore never leaves Finalizing (velero-io/velero#9744); main gives up after
 * `--resource-timeout`.
 */
export const execHookContainerMissing = defineRule({
  entry: defineEntry({
    code: 'exec-hook-container-missing',
    title: 'Exec hook for a container the pod does not have: the Restore never finishes',
    severity: 'error',
    why:
      "Velero groups exec hooks without checking the container, and adds each to the restore's hook tracker. The " +
      'wait handler then looks the container up in spec.containers only, drops the hook with a warning and never ' +
      'records it. From 1.14 the tracker is then never complete, and the finalizer, which polls without a timeout, ' +
      'leaves the Restore in Finalizing for ever; while it does, no later restore starts (velero#9744). On main the ' +
      "finalizer gives up after the server's --resource-timeout and the Restore ends PartiallyFailed (velero#10280); " +
      'before 1.14 the hook silently never runs. Native sidecars (init containers with restartPolicy: Always) count ' +
      "as missing in every release: main's executor accepts them (velero#9403), but the wait handler drops their " +
      'hooks before any command reaches it.',
    source:
      'internal/hook/wait_exec_hook_handler.go HandleHooks (podHasContainer); internal/hook/hook_tracker.go; pkg/controller/restore_finalizer_controller.go WaitRestoreExecHook',
    fix: 'Name a container from spec.containers (a regular container, not a sidecar init container).',
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      const what = d.sidecar
        ? 'which is a native sidecar (an init container with restartPolicy: Always) that the wait handler does not see'
        : 'which is not in spec.containers';
      return (
        `${d.hook} of ${pods} targets container ${d.container}, ${what}: Velero drops the hook without recording it; ` +
        d.outcome +
        (d.suggestion ? `; did you mean ${d.suggestion}?` : '')
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      const sidecars = listNativeSidecars(p.target);
      const pod = namePod(p.target);
      const outcome = describeUnrecordedHookOutcome(ctx.plan.version);
      for (const [container, hooks] of p.exec.groups) {
        if (p.containers.includes(container)) continue;
        const sidecar = sidecars.includes(container);
        const suggestion = sidecar ? null : findClosestName(container, p.containers);
        if (hooks.some((h) => h.hookSource === 'annotation')) {
          const written =
            typeof readPodAnnotations(p.target)[ExecAnnotation.container] === 'string';
          const at = ctx.podAt(
            p.target,
            [
              'metadata',
              'annotations',
              written ? ExecAnnotation.container : ExecAnnotation.command,
            ],
            written ? 'value' : 'key',
          );
          findings.add(
            at,
            {
              pod,
              hook: 'The exec hook annotation',
              container,
              sidecar,
              suggestion,
              written,
              outcome,
            },
            container,
          );
        }
        for (const { resource, post } of findMatchingSpecExecHooks(p)) {
          if ((post.exec?.container || p.containers[0]) !== container) continue;
          const written = post.exec?.container !== '';
          const at = ctx.restoreAt(
            [...post.path, 'exec', ...(written ? ['container'] : [])],
            written ? 'value' : 'key',
          );
          findings.add(
            at,
            {
              pod,
              hook: `Restore hook ${JSON.stringify(resource.name)}`,
              container,
              sidecar,
              suggestion,
              written,
              outcome,
            },
            container,
          );
        }
      }
    }
    for (const { at, data } of findings.list()) {
      const fix =
        data.written && data.suggestion
          ? replaceValueFix(`Change to ${data.suggestion}`, at, data.suggestion)
          : undefined;
      report(at, data, fix ? { fix } : undefined);
    }
  },
});
