import { parseDuration } from '../go/duration.ts';
import { asArray, asObject, asString, asStrings } from '../model/json.ts';
import type { Duration, JsonPath, SpecExecHook } from '../model/types.ts';

/** One `spec.hooks.resources[].postHooks[]` entry; an entry may carry both `init` and `exec`. */
export interface PostHook {
  index: number;
  path: JsonPath;
  /** Raw `init.initContainers` entries (decoded later, as Velero does), or undefined without `init`. */
  initContainers: unknown[] | undefined;
  exec: SpecExecHook | undefined;
}

export interface ResourceHook {
  index: number;
  path: JsonPath;
  name: string;
  includedNamespaces: string[];
  excludedNamespaces: string[];
  /** The raw `labelSelector`, or undefined when absent or null (no label filtering). */
  labelSelector: unknown;
  postHooks: PostHook[];
}

export interface RestoreModel {
  name: string;
  backupName: string;
  namespaceMapping: Record<string, string>;
  resources: ResourceHook[];
  /** The Restore's own resource filters (`spec.includedResources`/`excludedResources`). */
  includedResources: string[];
  excludedResources: string[];
  /** The Restore's namespace filters, matched against the BACKUP namespace of each item. */
  includedNamespaces: string[];
  excludedNamespaces: string[];
  /** The raw `spec.labelSelector`; undefined when absent or null (Go's nil: every item). */
  labelSelector: unknown;
  /** The raw `spec.orLabelSelectors` list; undefined when absent or null (Go's nil slice). */
  orLabelSelectors: unknown[] | undefined;
}

/** The Restore the conformance corpus assumes when none is given. */
export const DEFAULT_RESTORE: RestoreModel = {
  name: 'restore1',
  backupName: 'backup1',
  namespaceMapping: {},
  resources: [],
  includedResources: [],
  excludedResources: [],
  includedNamespaces: [],
  excludedNamespaces: [],
  labelSelector: undefined,
  orLabelSelectors: undefined,
};

/**
 * Reads a `velero.io/v1` Restore object as Velero's typed API would see it (only the fields restore
 * hooks use). Never throws: wrong shapes read as empty values (the checks report them).
 */
export function readRestore(obj: unknown): RestoreModel {
  const root = asObject(obj);
  const metadata = asObject(root['metadata']);
  const spec = asObject(root['spec']);
  const hooks = asObject(spec['hooks']);
  const mapping: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(spec['namespaceMapping']))) {
    if (typeof v === 'string') mapping[k] = v;
  }
  return {
    name: asString(metadata['name']),
    backupName: asString(spec['backupName']),
    namespaceMapping: mapping,
    resources: asArray(hooks['resources']).map((r, i) => readResourceHook(r, i)),
    includedResources: asStrings(spec['includedResources']),
    excludedResources: asStrings(spec['excludedResources']),
    includedNamespaces: asStrings(spec['includedNamespaces']),
    excludedNamespaces: asStrings(spec['excludedNamespaces']),
    labelSelector: spec['labelSelector'] ?? undefined,
    orLabelSelectors: Array.isArray(spec['orLabelSelectors'])
      ? (spec['orLabelSelectors'] as unknown[])
      : undefined,
  };
}

function readResourceHook(raw: unknown, index: number): ResourceHook {
  const r = asObject(raw);
  const path = ['spec', 'hooks', 'resources', index];
  const selector = r['labelSelector'];
  return {
    index,
    path,
    name: asString(r['name']),
    includedNamespaces: asStrings(r['includedNamespaces']),
    excludedNamespaces: asStrings(r['excludedNamespaces']),
    labelSelector: selector === null ? undefined : selector,
    postHooks: asArray(r['postHooks']).map((p, i) => readPostHook(p, i, [...path, 'postHooks', i])),
  };
}

function readPostHook(raw: unknown, index: number, path: JsonPath): PostHook {
  const p = asObject(raw);
  const init = p['init'];
  const exec = p['exec'];
  return {
    index,
    path,
    initContainers:
      init === undefined || init === null ? undefined : asArray(asObject(init)['initContainers']),
    exec: exec === undefined || exec === null ? undefined : readExecHook(asObject(exec)),
  };
}

function readExecHook(e: Record<string, unknown>): SpecExecHook {
  const onError = e['onError'];
  return {
    container: asString(e['container']),
    command: asStrings(e['command']),
    onError: onError === 'Continue' || onError === 'Fail' ? onError : '',
    execTimeout: readDuration(e['execTimeout']),
    waitTimeout: readDuration(e['waitTimeout']),
    waitForReady: e['waitForReady'] === true,
  };
}

/** A `metav1.Duration`: a Go duration string. An invalid one would make the Restore undecodable (reported by a check). */
function readDuration(v: unknown): Duration {
  if (typeof v !== 'string') return 0n;
  return parseDuration(v) ?? 0n;
}
