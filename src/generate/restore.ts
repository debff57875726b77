import { dump } from 'js-yaml';
import { validateDns1123Label, validateDns1123Subdomain } from '../go/dns.ts';
import type { JsonObject, JsonPath } from '../model/types.ts';
import { formatGoDuration } from './annotations.ts';
import {
  makeGenerated,
  type DesignedExecHook,
  type DesignedResourceHook,
  type DesignProblem,
  type Generated,
  type RestoreOptions,
} from './design.ts';
import { decodeSpecContainer, validateResourceHooks } from './validateSpec.ts';

/** The namespace Velero runs in by default, where Restore objects live. */
export const DEFAULT_VELERO_NAMESPACE = 'velero';

/**
 * A complete `velero.io/v1` Restore object whose `spec.hooks.resources` are the designed resource
 * hooks: init containers as decoded `corev1.Container`s, durations as Go strings, defaults left out.
 */
export function generateRestoreObject(
  hooks: readonly DesignedResourceHook[],
  options: RestoreOptions,
): Generated<JsonObject> {
  const problems = [...validateRestoreOptions(options), ...validateResourceHooks(hooks)];
  if (problems.length > 0) return makeGenerated({}, problems);
  const spec: JsonObject = { backupName: options.backupName };
  const mapping = options.namespaceMapping ?? {};
  if (Object.keys(mapping).length > 0) spec['namespaceMapping'] = { ...mapping };
  spec['hooks'] = { resources: hooks.map(resourceHookJson) };
  return makeGenerated(
    {
      apiVersion: 'velero.io/v1',
      kind: 'Restore',
      metadata: {
        name: options.name,
        namespace: options.veleroNamespace || DEFAULT_VELERO_NAMESPACE,
      },
      spec,
    },
    [],
  );
}

/** The Restore of `generateRestoreObject` as YAML, quoting every string a YAML 1.1 or 1.2 reader could mistake. */
export function generateRestore(
  hooks: readonly DesignedResourceHook[],
  options: RestoreOptions,
): Generated<string> {
  const restore = generateRestoreObject(hooks, options);
  if (restore.kind === 'error') return restore;
  return makeGenerated(dump(restore.value, { lineWidth: -1, noRefs: true }), []);
}

function resourceHookJson(hook: DesignedResourceHook): JsonObject {
  const out: JsonObject = { name: hook.name };
  if (hook.includedNamespaces && hook.includedNamespaces.length > 0)
    out['includedNamespaces'] = [...hook.includedNamespaces];
  if (hook.excludedNamespaces && hook.excludedNamespaces.length > 0)
    out['excludedNamespaces'] = [...hook.excludedNamespaces];
  if (hook.labelSelector !== undefined) out['labelSelector'] = hook.labelSelector;
  out['postHooks'] = hook.postHooks.map((post): JsonObject =>
    post.kind === 'init'
      ? { init: { initContainers: post.initContainers.map(decodeSpecContainer) } }
      : { exec: buildExecHookJson(post) },
  );
  return out;
}

/** `postHooks[].exec` (ExecRestoreHook): only what differs from the Go zero value. */
export function buildExecHookJson(hook: DesignedExecHook): JsonObject {
  const out: JsonObject = {};
  if (hook.container) out['container'] = hook.container;
  out['command'] = [...hook.command];
  if (hook.onError) out['onError'] = hook.onError;
  const execTimeout = formatGoDuration(hook.execTimeout);
  if (execTimeout) out['execTimeout'] = execTimeout;
  const waitTimeout = formatGoDuration(hook.waitTimeout);
  if (waitTimeout) out['waitTimeout'] = waitTimeout;
  if (hook.waitForReady === true) out['waitForReady'] = true;
  return out;
}

function validateRestoreOptions(options: RestoreOptions): DesignProblem[] {
  const problems: DesignProblem[] = [];
  const push = (code: DesignProblem['code'], path: JsonPath, message: string) =>
    problems.push({ code, path, message });
  const nameErrors =
    typeof options.name === 'string'
      ? validateDns1123Subdomain(options.name)
      : ['must be a string'];
  if (nameErrors.length > 0)
    push(
      'invalid-name',
      ['restore', 'name'],
      `Restore name ${JSON.stringify(options.name)}: ${nameErrors.join('; ')}`,
    );
  if (typeof options.backupName !== 'string' || options.backupName === '') {
    push(
      'backup-name-required',
      ['restore', 'backupName'],
      'a Restore needs the name of the backup to restore from',
    );
  }
  const namespaces: [JsonPath, string][] = [];
  if (options.veleroNamespace)
    namespaces.push([['restore', 'veleroNamespace'], options.veleroNamespace]);
  for (const [from, to] of Object.entries(options.namespaceMapping ?? {})) {
    namespaces.push(
      [['restore', 'namespaceMapping', from], from],
      [['restore', 'namespaceMapping', from], to],
    );
  }
  for (const [path, ns] of namespaces) {
    const errs = typeof ns === 'string' ? validateDns1123Label(ns) : ['must be a string'];
    if (errs.length > 0)
      push('invalid-namespace', path, `namespace ${JSON.stringify(ns)}: ${errs.join('; ')}`);
  }
  return problems;
}
