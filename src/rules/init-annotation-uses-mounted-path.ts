import { defineEntry } from '../diagnostics/diagnostic.ts';
import { InitAnnotation } from '../model/annotations.ts';
import { parseStringToCommand } from '../velero/command.ts';
import type { PodPlan } from '../velero/plan.ts';
import {
  MOVE_FIX_LIMIT,
  readPodLabels,
  prepareInitHookMoves,
  type AnnotationInitHook,
} from './utils/moveInitHookFix.ts';
import { readPodAnnotations, namePod, listPodMounts, type PodMount } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/** Absolute paths in a command line (after a start, space, quote, `=`, `:` or shell operator). */
const PATH_RE = /(?:^|[\s'"=:;(|&<>`])(\/[^\s'";|&<>()`$*?]*)/g;

/**
 * Every path in the command that lies under one of the pod's mount paths, in order, each with its
 * mount (the longest mount path that holds it). The check names the first; the fix mounts them all.
 */
function mountedPaths(
  command: readonly string[],
  mounts: readonly PodMount[],
): { path: string; mount: PodMount }[] {
  const out: { path: string; mount: PodMount }[] = [];
  for (const arg of command) {
    for (const m of arg.matchAll(PATH_RE)) {
      const path = m[1] ?? '';
      const under = mounts.filter(
        (mount) => path === mount.mountPath || path.startsWith(mount.mountPath + '/'),
      );
      const mount = under.sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
      if (mount) out.push({ path, mount });
    }
  }
  return out;
}

/**
 * An annotation init hook whose command uses a path the pod's containers mount: Velero's annotation
 * init container has no volumeMounts (getInitContainerFromAnnotation builds only name, image, command).
 */
export const initAnnotationUsesMountedPath = defineRule({
  entry: defineEntry({
    code: 'init-annotation-uses-mounted-path',
    title: 'Annotation init hook uses a path that only the app containers mount',
    severity: 'warning',
    why:
      'The init container Velero builds from the init.hook.restore.velero.io/ annotations has exactly a name, an ' +
      'image and a command: no volumeMounts, env, resources or securityContext are copied from the app containers ' +
      '(some tutorials claim otherwise). A command that works on restored data (rm …/postmaster.pid, chown -R …) ' +
      "therefore runs against the image's own empty directory, succeeds or fails there, and leaves the volume untouched.",
    source: 'internal/hook/item_hook_handler.go getInitContainerFromAnnotation',
    fix:
      'Use a Restore spec init hook (spec.hooks.resources[].postHooks[].init.initContainers) and list the ' +
      'volumeMounts it needs; they are kept as written. The quick fix does it: it adds a hook that selects the pod ' +
      "by its namespace and labels, with the annotations' image, name and command and the mounts the command uses, " +
      'and removes the init.hook.restore.velero.io/ annotations (which would otherwise override every spec init ' +
      `hook for the pod). It is offered while at most ${MOVE_FIX_LIMIT} pods of the input need it; for more, write ` +
      'one spec hook whose selector covers them.',
    message: (d: {
      pod: string;
      path: string;
      mountPath: string;
      volume: string;
      container: string;
      podHasLabels: boolean;
      pods: number;
    }) =>
      `${d.pod}: the init hook command uses ${d.path}, under ${d.mountPath} where container ${d.container} mounts volume ${d.volume}; ` +
      "Velero's annotation init container gets no volume mounts, so the command will not see that volume" +
      (d.podHasLabels
        ? ''
        : '. The pod has no labels, so no Restore spec hook can select just this pod: label it, then move the hook'),
  }),
  check(ctx, report) {
    const found = ctx.plan.pods.flatMap((pod) => findHook(pod) ?? []);
    // Each fix carries a whole Restore hook: past the limit they would swell every result, and one
    // spec hook whose selector covers the pods is the better change anyway.
    const moveInitHookFix = found.length <= MOVE_FIX_LIMIT ? prepareInitHookMoves(ctx) : null;
    for (const { hook, path, mount } of found) {
      const { target } = hook.pod;
      const fix = moveInitHookFix?.(hook);
      report(
        ctx.podAt(target, ['metadata', 'annotations', InitAnnotation.command], 'value'),
        {
          pod: namePod(target),
          path,
          mountPath: mount.mountPath,
          volume: mount.volume,
          container: mount.container,
          podHasLabels: Object.keys(readPodLabels(hook.pod)).length > 0,
          pods: found.length,
        },
        {
          related: [
            {
              at: ctx.podAt(target, mount.path),
              message: `volume ${mount.volume} is mounted here, for container ${mount.container} only`,
            },
          ],
          ...(fix ? { fix } : {}),
        },
      );
    }
  },
});

/** The pod's annotation init hook when its command uses a mounted path, with the first such path. */
function findHook(
  pod: PodPlan,
): { hook: AnnotationInitHook; path: string; mount: PodMount } | null {
  const annotations = readPodAnnotations(pod.target);
  const image = annotations[InitAnnotation.containerImage];
  const value = annotations[InitAnnotation.command];
  if (typeof image !== 'string' || image === '' || typeof value !== 'string') return null;
  const command = parseStringToCommand(value);
  const found = command ? mountedPaths(command, listPodMounts(pod.target)) : [];
  const first = found[0];
  if (!command || !first) return null;
  const name = annotations[InitAnnotation.containerName];
  const hook: AnnotationInitHook = {
    pod,
    image,
    containerName: typeof name === 'string' ? name : '',
    command,
    mounts: found.map((f) => f.mount),
  };
  return { hook, ...first };
}
