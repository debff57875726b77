import { resolveVeleroVersion } from '../versions/versionModel.ts';
import { analyze } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** The compact shape table tests assert on: code, 1-based start/end line and column, data. */
export interface Found {
  code: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  file?: string;
  data?: Record<string, unknown>;
  severity?: string;
}

/**
 * Runs the engine on a manifests text (file `manifests.yaml`) and an optional Restore text (file
 * `restore.yaml`), and returns the diagnostics with the given code in the compact shape.
 */
export function findDiagnostics(
  code: string,
  manifests: string,
  restore?: string,
  veleroVersion?: string,
): Found[] {
  const version = veleroVersion ? resolveVeleroVersion(veleroVersion).version : undefined;
  const analysis = analyze({
    manifests: [{ name: 'manifests.yaml', text: manifests }],
    restore: restore === undefined ? null : { name: 'restore.yaml', text: restore },
    ...(version ? { veleroVersion: version } : {}),
  });
  return analysis.diagnostics.filter((d) => d.code === code).map(toFound);
}

export function toFound(d: Diagnostic): Found {
  return {
    code: d.code,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    file: d.file,
    data: d.data,
    severity: d.severity,
  };
}

/** Joins lines into a YAML text (keeps table tests readable and their positions obvious). */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** What sets a test Pod apart; everything left out takes the default of `buildPod`. */
export interface PodParts {
  /** metadata.name, `db` by default (line 4). */
  name?: string;
  /** metadata.namespace, on line 5 where given. */
  namespace?: string;
  /** Further metadata lines as written (labels, a flow-style annotations map, ...). */
  metadata?: readonly string[];
  /** Block annotations, one `key: value` each, keys at column 5; no `annotations:` line if left out. */
  annotations?: readonly string[];
  /**
   * The spec as a flow map on the `spec:` line, or the lines under `spec:` as written; one container
   * `app` (postgres) by default.
   */
  spec?: string | readonly string[];
}

/** A Pod text in block style: the shape most rule tests start from, with only what differs given. */
export const buildPod = ({
  name = 'db',
  namespace,
  metadata = [],
  annotations,
  spec = ['  containers: [{name: app, image: postgres}]'],
}: PodParts): string =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    ...(namespace === undefined ? [] : [`  namespace: ${namespace}`]),
    ...metadata,
    ...(annotations === undefined ? [] : ['  annotations:', ...annotations.map((a) => '    ' + a)]),
    ...(typeof spec === 'string' ? [`spec: ${spec}`] : ['spec:', ...spec]),
  );

/** A Pod `db` whose annotations start on line 6, keys at column 5; spec.containers on line 7+n. */
export const annotatedPod = (...annotations: string[]): string => buildPod({ annotations });

/** annotatedPod with an exec hook (`/bin/flush`) on line 6: the given annotations follow from line 7. */
export const execHookPod = (...annotations: string[]): string =>
  annotatedPod('post.hook.restore.velero.io/command: /bin/flush', ...annotations);

/** What sets a test Deployment apart; everything left out takes the default of `buildDeployment`. */
export interface DeploymentParts {
  /** The Deployment's metadata as a flow map (line 3), `{name: web, namespace: shop}` by default. */
  metadata?: string;
  /** The pod template's labels as a flow map, on line 7 where given. */
  templateLabels?: string;
  /** Template annotations, one `key: value` each, keys at column 9; no `annotations:` line if left out. */
  annotations?: readonly string[];
  /** The template's spec lines as written, from `    spec:`; one container `app` (nginx) by default. */
  podSpec?: readonly string[];
}

/** A Deployment text in block style down to its pod template, with only what differs given. */
export const buildDeployment = ({
  metadata = '{name: web, namespace: shop}',
  templateLabels,
  annotations,
  podSpec = ['    spec:', '      containers: [{name: app, image: nginx}]'],
}: DeploymentParts): string =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: ${metadata}`,
    'spec:',
    '  template:',
    '    metadata:',
    ...(templateLabels === undefined ? [] : [`      labels: ${templateLabels}`]),
    ...(annotations === undefined
      ? []
      : ['      annotations:', ...annotations.map((a) => '        ' + a)]),
    ...podSpec,
  );

/** A Deployment `shop/web` whose pod-template annotations start on line 8, keys at column 9. */
export const annotatedDeployment = (...annotations: string[]): string =>
  buildDeployment({ annotations });

/** A four-line Pod in flow style with one container `app`: its metadata is the given map (line 3). */
export const flowPod = (metadata: string): string =>
  yaml('apiVersion: v1', 'kind: Pod', `metadata: ${metadata}`, 'spec: {containers: [{name: app}]}');

/** A Pod `prod/db` with one container `app`, for tests of Restore-spec checks. */
export const podInProd = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: db, namespace: prod}',
  'spec:',
  '  containers: [{name: app, image: postgres}]',
);

/** podInProd with a second container `sidecar` (envoy), for checks that compare hook containers. */
export const podInProdWithSidecar = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: db, namespace: prod}',
  'spec:',
  '  containers: [{name: app, image: postgres}, {name: sidecar, image: envoy}]',
);

/**
 * A Restore with backup `b1` and the given metadata as a flow map (line 3), whose further spec lines
 * are given (they start on line 6, indented by two spaces).
 */
export const buildRestore = (metadata: string, ...spec: string[]): string =>
  yaml(
    'apiVersion: velero.io/v1',
    'kind: Restore',
    `metadata: ${metadata}`,
    'spec:',
    '  backupName: b1',
    ...spec,
  );

/** A Restore `velero/r1` with backup `b1`, whose further spec lines are given (from line 6). */
export const restoreWithSpec = (...spec: string[]): string =>
  buildRestore('{name: r1, namespace: velero}', ...spec);

/** A Restore whose spec.hooks.resources lines are given (they start on line 8, `    - name: ...`). */
export const restoreWithResources = (...resources: string[]): string =>
  restoreWithSpec('  hooks:', '    resources:', ...resources);

/** A Restore with one resource hook `name`, whose postHooks lines are given (they start on line 10). */
export const restoreWithHook = (name: string, ...postHooks: string[]): string =>
  restoreWithResources(`    - name: ${name}`, '      postHooks:', ...postHooks);

/** A Restore with one resource hook `prep`, whose postHooks lines are given (they start on line 10). */
export const restoreWithPostHooks = (...postHooks: string[]): string =>
  restoreWithHook('prep', ...postHooks);
