/**
 * `scenario.yaml` (shared/conformance/README.md, "kind: scenario"): the timeline, executor results
 * and optional HandleHooks input of one pod, or of several pods of one restore. Parsing never
 * throws: every problem comes back as `<yaml path>: <message>`.
 */
import { load } from 'js-yaml';
import type { Duration, ExecHook, ExecHookGroups, OnError } from '../model/types.ts';
import {
  describeValue,
  formatPath,
  isMapping,
  readBool,
  readChoice,
  readDuration,
  readInt,
  readList,
  readMapping,
  readOffset,
  readRequiredString,
  readString,
  readStrings,
  type Path,
  type Problems,
} from './read.ts';
import type {
  ContainerState,
  ContainerStatus,
  ExecResult,
  PodSnapshot,
  SharedContextInput,
  TrackerPreAdded,
} from '../simulate/types.ts';

/** One pod's part of a scenario. */
export interface ScenarioPod {
  /** Backup namespace and name; null in the single-pod form (the pod of input.yaml). */
  namespace: string | null;
  name: string | null;
  /** Absolute virtual time at which this pod's HandleHooks starts (0 in the single-pod form). */
  startAt: Duration;
  /** The exact HandleHooks input, or null to derive it from the manifests and the Restore. */
  byContainer: ExecHookGroups | null;
  timeline: PodSnapshot[];
  results: ExecResult[];
}

export interface Scenario {
  /** Tracker/restore name; null = the Restore's metadata.name (or restore1). */
  restoreName: string | null;
  sharedContext: SharedContextInput;
  preAdded: TrackerPreAdded;
  /** The velero server's `--resource-timeout` (read on versions whose Finalizing wait it bounds). */
  resourceTimeout: Duration;
  /** `single`: top-level byContainer/timeline/results; `multi`: a `pods:` list. */
  form: 'single' | 'multi';
  pods: ScenarioPod[];
}

export interface ScenarioParse {
  /** Best effort even when there are errors (bad values are replaced by defaults). */
  scenario: Scenario;
  errors: string[];
  warnings: string[];
}

const TOP_KEYS = [
  'restoreName',
  'sharedContext',
  'tracker',
  'resourceTimeout',
  'byContainer',
  'timeline',
  'results',
  'pods',
];
const SINGLE_KEYS = ['byContainer', 'timeline', 'results'];
const POD_KEYS = ['namespace', 'name', 'startAt', 'byContainer', 'timeline', 'results'];
const HOOK_KEYS = [
  'hookName',
  'hookSource',
  'hookIndex',
  'container',
  'command',
  'onError',
  'execTimeout',
  'waitTimeout',
  'waitForReady',
];
const STATE_KEYS = ['at', 'phase', 'deleted', 'containerStatuses'];
const STATUS_KEYS = ['name', 'state', 'ready'];
const RESULT_KEYS = ['hookName', 'container', 'hookIndex', 'command', 'error', 'duration'];
const STATES: readonly ContainerState[] = ['running', 'waiting', 'terminated', 'none'];

/** The velero server's default `--resource-timeout` (`pkg/cmd/server/config/config.go`). */
export const DEFAULT_RESOURCE_TIMEOUT: Duration = 600_000_000_000n;

/** Parses scenario YAML text into a typed Scenario; never throws. */
export function parseScenario(text: string): ScenarioParse {
  const p: Problems = { errors: [], warnings: [] };
  const empty: Scenario = {
    restoreName: null,
    sharedContext: { timeout: null, cancelAt: null },
    preAdded: 'all',
    resourceTimeout: DEFAULT_RESOURCE_TIMEOUT,
    form: 'single',
    pods: [],
  };
  let doc: unknown;
  try {
    doc = load(text);
  } catch (err) {
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    const error = /input is empty/.test(message)
      ? 'scenario: the file is empty'
      : `scenario: not valid YAML: ${message}`;
    return { scenario: empty, errors: [error], warnings: [] };
  }
  const root = readMapping(doc, [], TOP_KEYS, p);
  if (root === null) return { scenario: empty, ...p };
  const scenario = {
    ...empty,
    restoreName:
      root['restoreName'] == null ? null : readString(root['restoreName'], ['restoreName'], p),
  };
  scenario.sharedContext = readSharedContext(root['sharedContext'], p);
  scenario.preAdded = readTracker(root['tracker'], p);
  if (root['resourceTimeout'] != null) {
    const timeout = readDuration(root['resourceTimeout'], ['resourceTimeout'], p);
    if (timeout !== null) scenario.resourceTimeout = timeout;
  }
  if (root['pods'] !== undefined) {
    const extra = SINGLE_KEYS.filter((k) => root[k] !== undefined);
    if (extra.length > 0)
      p.errors.push(`scenario: pods: cannot be combined with top-level ${extra.join(', ')}`);
    scenario.form = 'multi';
    scenario.pods = readPods(root['pods'], p);
  } else {
    scenario.pods = [readPod(root, [], 'single', p)];
  }
  return { scenario, ...p };
}

function readSharedContext(v: unknown, p: Problems): SharedContextInput {
  if (v === undefined || v === null) return { timeout: null, cancelAt: null };
  const m = readMapping(v, ['sharedContext'], ['timeout', 'cancelAt'], p);
  if (m === null) return { timeout: null, cancelAt: null };
  return {
    timeout:
      m['timeout'] == null ? null : readDuration(m['timeout'], ['sharedContext', 'timeout'], p),
    cancelAt:
      m['cancelAt'] == null ? null : readDuration(m['cancelAt'], ['sharedContext', 'cancelAt'], p),
  };
}

function readTracker(v: unknown, p: Problems): TrackerPreAdded {
  if (v === undefined || v === null) return 'all';
  const m = readMapping(v, ['tracker'], ['preAdded'], p);
  return m === null
    ? 'all'
    : readChoice(m['preAdded'], ['tracker', 'preAdded'], ['all', 'none'] as const, p, 'all');
}

function readPods(v: unknown, p: Problems): ScenarioPod[] {
  const list = readList(v, ['pods'], p);
  if (list.length === 0 && Array.isArray(v)) p.errors.push('pods: must list at least one pod');
  const pods: ScenarioPod[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const m = readMapping(item, ['pods', i], POD_KEYS, p);
    if (m === null) return;
    const pod = readPod(m, ['pods', i], 'multi', p);
    const id = `${pod.namespace ?? ''}/${pod.name ?? ''}`;
    if (seen.has(id)) p.errors.push(`${formatPath(['pods', i])}: pod ${id} is listed twice`);
    seen.add(id);
    pods.push(pod);
  });
  return pods;
}

function readPod(
  m: Record<string, unknown>,
  path: Path,
  form: 'single' | 'multi',
  p: Problems,
): ScenarioPod {
  const multi = form === 'multi';
  return {
    namespace: multi ? readRequiredString(m['namespace'], [...path, 'namespace'], p) : null,
    name: multi ? readRequiredString(m['name'], [...path, 'name'], p) : null,
    startAt: multi ? readOffset(m['startAt'], [...path, 'startAt'], p) : 0n,
    byContainer:
      m['byContainer'] == null
        ? null
        : readByContainer(m['byContainer'], [...path, 'byContainer'], p),
    timeline: readList(m['timeline'], [...path, 'timeline'], p).map((s, i) =>
      readState(s, [...path, 'timeline', i], p),
    ),
    results: readList(m['results'], [...path, 'results'], p).map((r, i) =>
      readResult(r, [...path, 'results', i], p),
    ),
  };
}

function readByContainer(v: unknown, path: Path, p: Problems): ExecHookGroups {
  const groups: ExecHookGroups = new Map();
  if (!isMapping(v)) {
    p.errors.push(
      `${formatPath(path)}: expected a mapping of container name to hooks, got ${describeValue(v)}`,
    );
    return groups;
  }
  for (const [container, hooks] of Object.entries(v)) {
    const list = readList(hooks, [...path, container], p);
    groups.set(
      container,
      list.map((h, i) => readHook(h, [...path, container, i], container, p)),
    );
  }
  return groups;
}

function readHook(v: unknown, path: Path, key: string, p: Problems): ExecHook {
  const m = readMapping(v, path, HOOK_KEYS, p) ?? {};
  const at = (k: string): Path => [...path, k];
  if (m['command'] === undefined)
    p.warnings.push(
      `${formatPath(at('command'))}: missing; the hook has no command (the executor will say "command is required")`,
    );
  return {
    hookName: readRequiredString(m['hookName'], at('hookName'), p),
    hookSource: readChoice(
      m['hookSource'],
      at('hookSource'),
      ['annotation', 'spec', 'backupSpec'] as const,
      p,
      'spec',
    ),
    hookIndex: m['hookIndex'] === undefined ? 0 : readInt(m['hookIndex'], at('hookIndex'), p),
    container: readString(m['container'], at('container'), p, key),
    command: m['command'] == null ? [] : readStrings(m['command'], at('command'), p),
    onError: readOnError(m['onError'], at('onError'), p),
    execTimeout: readDuration(m['execTimeout'], at('execTimeout'), p),
    waitTimeout: readDuration(m['waitTimeout'], at('waitTimeout'), p),
    waitForReady: readBool(m['waitForReady'], at('waitForReady'), p),
  };
}

/** HandleHooks only compares onError with "Fail": any other value acts like '' (with a warning). */
function readOnError(v: unknown, path: Path, p: Problems): OnError {
  if (v === undefined || v === null || v === '' || v === 'Continue' || v === 'Fail') return v ?? '';
  if (typeof v === 'string') {
    p.warnings.push(
      `${formatPath(path)}: ${JSON.stringify(v)} is neither Continue nor Fail (case-sensitive); it acts like ''`,
    );
    return '';
  }
  p.errors.push(`${formatPath(path)}: must be Continue, Fail or '', got ${describeValue(v)}`);
  return '';
}

function readState(v: unknown, path: Path, p: Problems): PodSnapshot {
  const m = readMapping(v, path, STATE_KEYS, p) ?? {};
  if (m['at'] === undefined && isMapping(v))
    p.errors.push(`${formatPath([...path, 'at'])}: required`);
  return {
    at: readOffset(m['at'], [...path, 'at'], p),
    phase: m['phase'] == null ? null : readString(m['phase'], [...path, 'phase'], p),
    deleted: readBool(m['deleted'], [...path, 'deleted'], p),
    containerStatuses: readList(m['containerStatuses'], [...path, 'containerStatuses'], p).map(
      (s, i) => readStatus(s, [...path, 'containerStatuses', i], p),
    ),
  };
}

function readStatus(v: unknown, path: Path, p: Problems): ContainerStatus {
  const m = readMapping(v, path, STATUS_KEYS, p) ?? {};
  return {
    name: readRequiredString(m['name'], [...path, 'name'], p),
    state: readChoice(m['state'], [...path, 'state'], STATES, p, 'none'),
    ready: readBool(m['ready'], [...path, 'ready'], p),
  };
}

function readResult(v: unknown, path: Path, p: Problems): ExecResult {
  const m = readMapping(v, path, RESULT_KEYS, p) ?? {};
  const at = (k: string): Path => [...path, k];
  return {
    hookName: m['hookName'] == null ? null : readString(m['hookName'], at('hookName'), p),
    container: m['container'] == null ? null : readString(m['container'], at('container'), p),
    hookIndex: m['hookIndex'] == null ? null : readInt(m['hookIndex'], at('hookIndex'), p),
    command: m['command'] == null ? null : readStrings(m['command'], at('command'), p),
    error: m['error'] == null ? null : readString(m['error'], at('error'), p),
    duration: readOffset(m['duration'], at('duration'), p),
  };
}
