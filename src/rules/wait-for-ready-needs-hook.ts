import { defineEntry } from '../diagnostics/diagnostic.ts';
import { formatDuration } from '../go/duration.ts';
import type { Duration, ExecHook } from '../model/types.ts';
import type { PodPlan } from '../velero/plan.ts';
import { asArray, asObject, asString, asStrings } from '../model/json.ts';
import { execHookPlaces, filterKeptExecGroups } from './utils/execHookPlaces.ts';
import { collectByPlace, namePod } from './utils/podHooks.ts';
import { defineRule, type At } from './utils/rule.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = {
  hook: string;
  pod: string;
  container: string;
  /** The file the readiness probe checks and a hook of the container writes. */
  path: string;
  /** The pod's watch deadline (largest wait timeout), or null when it has none. */
  deadline: string | null;
};

/** Directories of executables: a probe's program path is not the state it checks. */
const PROGRAM_DIRS = /^\/(usr\/)?(local\/)?s?bin\//;

/** Absolute file paths named in a command's arguments (shell scripts split on words), program paths left out. */
export function findCommandPaths(command: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const arg of command.slice(1)) {
    for (const word of arg.split(/[\s;&|<>()'"`=,]+/)) {
      if (/^\/[\w.@+-]+(\/[\w.@+-]+)*\/?$/.test(word) && !PROGRAM_DIRS.test(word)) {
        const path = word.replace(/\/$/, '');
        if (path !== '/dev/null' && path !== '/dev/stdout' && path !== '/dev/stderr') out.add(path);
      }
    }
  }
  return out;
}

/** The `exec` readiness probe command of a container of the pod, with its index in spec.containers. */
function readinessProbe(
  p: PodPlan,
  container: string,
): { index: number; command: string[] } | null {
  const containers = asArray(asObject(p.target.pod['spec'])['containers']);
  const index = containers.findIndex((c) => asString(asObject(c)['name']) === container);
  if (index < 0) return null;
  const probe = asObject(asObject(containers[index])['readinessProbe']);
  const command = asStrings(asObject(probe['exec'])['command']);
  return command.length > 0 ? { index, command } : null;
}

/** HandleHooks' maxHookWait over the hooks it keeps: null when one has no wait timeout (no deadline). */
function podDeadline(p: PodPlan): Duration | null {
  const hooks = filterKeptExecGroups(p).flatMap(([, hs]) => hs);
  if (hooks.some((h) => h.waitTimeout <= 0n)) return null;
  return hooks.reduce((m, h) => (h.waitTimeout > m ? h.waitTimeout : m), 0n);
}

/**
 * wait-for-ready on a container whose exec readiness probe checks a file that one of the
 * container's own hooks writes: Velero waits for Ready before running the hooks (isContainerUp,
 * wait_exec_hook_handler.go), and Ready waits for the hook, so nothing ever runs.
 */
export const waitForReadyNeedsHook = defineRule({
  entry: defineEntry({
    code: 'wait-for-ready-needs-hook',
    title: "wait-for-ready on a container whose readiness depends on the hook's own work",
    severity: 'warning',
    why:
      "With wait-for-ready, Velero runs none of the container's hooks until the container is Ready (if any hook of " +
      'the container waits for ready, they all do). When the readiness probe checks a file that one of those hooks ' +
      "creates, the container only becomes Ready after the hook has run: a deadlock. Nothing runs until the pod's " +
      'wait timeout ends, then every hook fails with "not executed: context deadline exceeded" and the Restore is ' +
      'PartiallyFailed; without a wait timeout the watch never ends and the Restore stays in Finalizing, where it keeps every ' +
      'later restore from starting (velero#9744). The check ' +
      "compares the file paths of exec readiness probes with the hooks' commands.",
    source:
      'internal/hook/wait_exec_hook_handler.go isContainerUp, HandleHooks; pkg/controller/restore_finalizer_controller.go WaitRestoreExecHook',
    fix: 'Drop wait-for-ready (Running is enough to exec into the container), or make the readiness probe independent of the hook.',
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      return (
        `${d.hook} of ${pods} waits for container ${d.container} to be Ready, but its readiness probe checks ` +
        `${d.path}, which a hook of that container writes: the hooks never run, ` +
        (d.deadline === null
          ? 'and with no wait timeout the Restore stays in Finalizing for ever, blocking every later restore (velero#9744)'
          : `and after ${d.deadline} they fail as "not executed: context deadline exceeded" (the Restore ends PartiallyFailed)`)
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    const relatedAt = new Map<string, { at: At; message: string }[]>();
    const placeId = (at: At) => JSON.stringify([at.file, at.document, at.path, at.part]);
    for (const p of ctx.plan.pods) {
      let deadline: Duration | null | undefined; // podDeadline(p), worked out for a finding only
      for (const [container, hooks] of filterKeptExecGroups(p)) {
        if (!hooks.some((h) => h.waitForReady)) continue;
        const probe = readinessProbe(p, container);
        const path = probe ? sharedPath(probe.command, hooks) : null;
        if (!probe || path === null) continue;
        const related = [
          {
            at: ctx.podAt(p.target, ['spec', 'containers', probe.index, 'readinessProbe'], 'key'),
            message: `the readiness probe of ${container} checks ${path}`,
          },
        ];
        if (deadline === undefined) deadline = podDeadline(p);
        for (const h of hooks.filter((x) => x.waitForReady)) {
          for (const place of execHookPlaces(ctx, p, h, 'waitForReady')) {
            const data: Data = {
              hook: place.label,
              pod: namePod(p.target),
              container,
              path,
              deadline: deadline === null ? null : formatDuration(deadline),
            };
            findings.add(place.at, data, container);
            if (place.at && !relatedAt.has(placeId(place.at)))
              relatedAt.set(placeId(place.at), related);
          }
        }
      }
    }
    for (const { at, data } of findings.list())
      report(at, data, { related: relatedAt.get(placeId(at)) ?? [] });
  },
});

/** The first probe path a hook's command also names. */
function sharedPath(probe: readonly string[], hooks: readonly ExecHook[]): string | null {
  const checked = findCommandPaths(probe);
  if (checked.size === 0) return null;
  for (const h of hooks) {
    for (const path of findCommandPaths(h.command)) if (checked.has(path)) return path;
  }
  return null;
}
