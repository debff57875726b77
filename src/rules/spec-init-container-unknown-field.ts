import { defineEntry } from '../diagnostics/diagnostic.ts';
import { decodeContainer } from '../velero/decodeContainer.ts';
import { asObject } from '../model/json.ts';
import { defineRule } from './utils/rule.ts';
import { nameHook, listSpecInitContainers } from './utils/restoreSpec.ts';
import { findClosestName, renameKeyFix } from './utils/textEdits.ts';

/** corev1.Container's JSON field names, for "did you mean" suggestions. */
const CONTAINER_FIELDS = [
  'name',
  'image',
  'command',
  'args',
  'workingDir',
  'ports',
  'envFrom',
  'env',
  'resources',
  'resizePolicy',
  'restartPolicy',
  'restartPolicyRules',
  'volumeMounts',
  'volumeDevices',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'imagePullPolicy',
  'securityContext',
  'stdin',
  'stdinOnce',
  'tty',
];

/**
 * A key of a Restore-spec init container that is not a `corev1.Container` field: Go's
 * `encoding/json` drops it silently (`internal/hook/item_hook_handler.go` HandleRestoreHooks).
 */
export const specInitContainerUnknownField = defineRule({
  entry: defineEntry({
    code: 'spec-init-container-unknown-field',
    title: 'Unknown init container field: Velero drops it silently',
    severity: 'warning',
    why:
      'Velero decodes each init container of a Restore hook with Go encoding/json into a corev1.Container, which ' +
      'ignores keys that are not Container fields. The Restore CRD keeps the container as raw JSON, so neither the ' +
      'API server nor Velero complains: the field simply never reaches the pod.',
    source:
      'internal/hook/item_hook_handler.go HandleRestoreHooks (json.Unmarshal into corev1api.Container)',
    fix: 'Correct the key to a Kubernetes Container field (see `kubectl explain pod.spec.initContainers`), or remove it.',
    message: (d: { hook: string; container: string; key: string; suggestion: string }) =>
      `${JSON.stringify(d.key)} is not a Container field: Velero drops it from init container ${d.container} of ${d.hook}` +
      (d.suggestion ? ` (did you mean ${JSON.stringify(d.suggestion)}?)` : ''),
  }),
  check(ctx, report) {
    for (const c of listSpecInitContainers(ctx)) {
      const decoded = decodeContainer(c.raw, ctx.plan.version);
      const obj = asObject(c.raw);
      const name = decoded.container?.name;
      for (const key of decoded.unknownKeys) {
        const at = ctx.restoreAt([...c.path, key], 'key');
        if (!at) continue;
        const suggestion = suggestField(key, obj);
        report(
          at,
          {
            hook: nameHook(c.resource),
            container: name ? JSON.stringify(name) : `initContainers[${c.index}]`,
            key,
            suggestion: suggestion ?? '',
          },
          suggestion ? { fix: renameKeyFix(`Rename to ${suggestion}`, at, suggestion) } : undefined,
        );
      }
      for (const dropped of decoded.droppedPaths) {
        const path = rawPath(c.raw, dropped);
        if (path.length < 2) continue;
        const at = ctx.restoreAt([...c.path, ...path], 'key');
        if (!at) continue;
        const container = name ? JSON.stringify(name) : `initContainers[${c.index}]`;
        report(at, { hook: nameHook(c.resource), container, key: dropped, suggestion: '' });
      }
    }
  },
});

/**
 * The path of a dropped key in the container as written: the decoder names the fields on the way
 * canonically (`volumeMounts[0].bogus`), the text may spell them in another case (`VolumeMounts`).
 */
function rawPath(raw: unknown, dropped: string): (string | number)[] {
  const steps = dropped.match(/[^.[\]]+/g) ?? [];
  const out: (string | number)[] = [];
  let node: unknown = raw;
  for (const [i, step] of steps.entries()) {
    if (/^\d+$/.test(step) && Array.isArray(node)) {
      out.push(Number(step));
      node = node[Number(step)];
      continue;
    }
    const obj = asObject(node);
    const last = i === steps.length - 1;
    const key =
      step in obj || last
        ? step
        : Object.keys(obj).find((k) => k.toLowerCase() === step.toLowerCase());
    if (key === undefined) return [];
    out.push(key);
    node = obj[key];
  }
  return out;
}

/** The Container field the key is a likely typo of, unless the container already has that field. */
function suggestField(key: string, container: Record<string, unknown>): string | undefined {
  const near = findClosestName(key, CONTAINER_FIELDS);
  if (near === null) return undefined;
  const taken = Object.keys(container).some((k) => k.toLowerCase() === near.toLowerCase());
  return taken ? undefined : near;
}
