import { defineEntry } from '../diagnostics/diagnostic.ts';
import type { PodPlan } from '../velero/plan.ts';
import { asArray, asObject, asString, readValueAt } from '../model/json.ts';
import { namePod } from './utils/podHooks.ts';
import { defineRule, type At, type RuleContext } from './utils/rule.ts';
import { nameHook, findRawKey } from './utils/restoreSpec.ts';

interface Missing {
  at: At;
  volume: string;
  container: string;
  hook: string;
  pods: { label: string; volumes: string[]; at: At }[];
}

/**
 * A Restore-spec init container mounting a volume the matched pod does not have. Velero copies the
 * container as written (`HandleRestoreHooks`, `internal/hook/item_hook_handler.go`); the API server's
 * pod validation then rejects the unknown volume.
 */
export const specInitVolumeMissing = defineRule({
  entry: defineEntry({
    code: 'spec-init-volume-missing',
    title: 'Init container mounts a volume the pod does not have',
    severity: 'error',
    why:
      'Velero injects a Restore-spec init container exactly as written, volumeMounts included, and never checks them ' +
      "against the pod. Kubernetes requires every volumeMount to name one of the pod's volumes, so the API server " +
      'rejects the pod ("volumeMounts[0].name: Not found") and Velero cannot restore it (a restore error: PartiallyFailed). ' +
      'The same hook may fit one matched pod and not another.',
    source:
      'internal/hook/item_hook_handler.go HandleRestoreHooks; Kubernetes pod validation (validateVolumeMounts: Not found)',
    fix: "Mount one of the pod's volumes (the message lists them), or narrow the hook so it only matches pods that have this volume.",
    message: (d: { volume: string; container: string; hook: string; pods: string }) =>
      `init container ${d.container} from ${d.hook} mounts volume ${JSON.stringify(d.volume)}, which ${d.pods}: ` +
      'the API server rejects the pod',
  }),
  check(ctx, report) {
    const found = new Map<string, Missing>();
    for (const p of ctx.plan.pods) {
      for (const m of podMissing(ctx, p)) {
        const key = JSON.stringify([m.at.file, m.at.document, m.at.path]);
        const seen = found.get(key);
        if (seen) seen.pods.push(...m.pods);
        else found.set(key, m);
      }
    }
    for (const m of found.values()) {
      const describe = (pod: Missing['pods'][number]) =>
        `${pod.label} (${pod.volumes.length > 0 ? `volumes: ${pod.volumes.join(', ')}` : 'no volumes'})`;
      const pods =
        m.pods.length === 1
          ? `pod ${m.pods.map(describe).join('')} does not have`
          : `these pods do not have: ${m.pods.map(describe).join('; ')}`;
      report(
        m.at,
        { volume: m.volume, container: m.container, hook: m.hook, pods },
        {
          related: m.pods.map((pod) => ({
            at: pod.at,
            message: `the volumes of pod ${pod.label}`,
          })),
        },
      );
    }
  },
});

function podMissing(ctx: RuleContext, p: PodPlan): Missing[] {
  if (p.init.kind !== 'ok') return [];
  const spec = asObject(p.target.pod['spec']);
  const volumes = asArray(spec['volumes']).map((v) => asString(asObject(v)['name']));
  const volumesAt = ctx.podAt(
    p.target,
    spec['volumes'] === undefined ? ['spec'] : ['spec', 'volumes'],
    'key',
  );
  const out: Missing[] = [];
  for (const injected of p.init.injected) {
    const from = injected.from;
    if (from.source !== 'spec') continue;
    const resource = ctx.restore.resources[from.resourceIndex];
    const raw = readValueAt(resource?.postHooks[from.postHookIndex]?.initContainers, [
      from.containerIndex,
    ]);
    const mountsKey = findRawKey(raw, 'volumeMounts');
    if (!resource || mountsKey === undefined) continue;
    const name = injected.container.name ?? '';
    asArray(asObject(raw)[mountsKey]).forEach((mount, i) => {
      const nameKey = findRawKey(mount, 'name');
      const volume = nameKey === undefined ? '' : asString(asObject(mount)[nameKey]);
      if (volume === '' || volumes.includes(volume)) return;
      const at = ctx.restoreAt([...from.path, mountsKey, i, nameKey ?? 'name']);
      if (!at) return;
      out.push({
        at,
        volume,
        container: name ? JSON.stringify(name) : `initContainers[${from.containerIndex}]`,
        hook: nameHook(resource),
        pods: [{ label: namePod(p.target), volumes, at: volumesAt }],
      });
    });
  }
  return out;
}
