/**
 * The pod volume restore action of a full restore (`PodVolumeRestoreAction.Execute`,
 * `pkg/restore/actions/pod_volume_restore_action.go`): which volumes restore-wait waits for
 * (`pkg/podvolume/util.go` GetVolumeBackupsForPod), and the restore-wait container per release.
 */
import {
  BACKUP_VOLUMES_ANNOTATION,
  LEGACY_RESTIC_WAIT_CONTAINER,
  RESTORE_WAIT_CONTAINER,
} from '../model/annotations.ts';
import type { Container, JsonObject } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { RestoreChange, RestoreOptions } from './fullRestore.ts';
import { decodeConfigSecurityContext, type PluginConfig } from './pluginConfig.ts';
import { matchesPod, type PodVolumeBackupRecord } from './podVolumeBackups.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import { copyWith } from '../model/objects.ts';

/** The deprecated per-volume snapshot annotations (`podAnnotationPrefix`, `pkg/podvolume/util.go`). */
export const LEGACY_SNAPSHOT_ANNOTATION_PREFIX = 'snapshot.velero.io/';

/** The volumes restore-wait waits for, and where Velero found them. */
export interface FsBackupVolumes {
  /** Sorted volume names (Velero ranges over a map: the mount order is not guaranteed). */
  volumes: string[];
  /**
   * `pod-volume-backups`: Velero's record of the backup (the PodVolumeBackups given);
   * `backup-volumes-annotation`: no record given, so the pod's `backup.velero.io/backup-volumes`
   * (and any extra names) stand in for it; `legacy-annotations`: `snapshot.velero.io/<volume>`.
   */
  source: 'pod-volume-backups' | 'backup-volumes-annotation' | 'legacy-annotations' | 'none';
  /** Backed-up volumes left out because their source is projected or downwardAPI. */
  nonRestorable: string[];
  /** Volumes restore-wait mounts that the pod does not have: the API server rejects the mount. */
  missing: string[];
  /** PodVolumeBackups of this pod without a snapshot ID (failed, or an empty volume): skipped. */
  withoutSnapshot: string[];
}

/** Where the file-system-backed volumes of a backup are known from. */
export interface FsBackupSource {
  /**
   * The backup's PodVolumeBackups (the bucket's `NAME-podvolumebackups.json.gz`), as the restore
   * lists them; null or absent: not given, the pod's annotation stands in for them.
   */
  podVolumeBackups?: readonly PodVolumeBackupRecord[] | null;
  /** Volume names that stand in for PodVolumeBackups besides the annotation (`--fs-backup-volume`). */
  extra?: readonly string[];
}

/**
 * `GetVolumeBackupsForPod` (`pkg/podvolume/util.go:75-118` getVolumeBackupInfoForPod at v1.18.2,
 * the same in every supported release; called with the backed-up pod's namespace,
 * `pkg/restore/actions/pod_volume_restore_action.go:132`): the PodVolumeBackups whose `spec.pod`
 * names this pod (`:79` isPVBMatchPod), that have a snapshot ID (`:85`), and whose volume is not
 * projected or downwardAPI (`:92` volumeHasNonRestorableSource); a volume the pod does not have
 * still counts. Without Velero's
 * record, the volumes named by `backup.velero.io/backup-volumes` (or `extra`) that the pod has
 * stand in for it. Only when none is left are the legacy `snapshot.velero.io/<volume>`
 * annotations read, with no check at all.
 */
export function findFsBackupVolumes(pod: JsonObject, source: FsBackupSource = {}): FsBackupVolumes {
  const metadata = asObject(pod['metadata']);
  const annotations = asObject(metadata['annotations']);
  const podVolumes = asArray(asObject(pod['spec'])['volumes']).map(asObject);
  const byName = new Map(podVolumes.map((v) => [asString(v['name']), v]));
  const found = source.podVolumeBackups
    ? readRecordedVolumes(pod, source.podVolumeBackups, byName)
    : readAnnotatedVolumes(annotations, source.extra ?? [], byName);
  if (found.volumes.length > 0) return found;
  const legacy = Object.keys(annotations)
    .filter((k) => k.startsWith(LEGACY_SNAPSHOT_ANNOTATION_PREFIX))
    .map((k) => k.slice(LEGACY_SNAPSHOT_ANNOTATION_PREFIX.length))
    .sort();
  if (legacy.length === 0) return { ...found, source: 'none', missing: [] };
  const missing = legacy.filter((n) => !byName.has(n));
  return { ...found, volumes: legacy, source: 'legacy-annotations', missing };
}

type PodVolumes = ReadonlyMap<string, Record<string, unknown>>;

/** `getVolumeBackupInfoForPod` over Velero's record. */
function readRecordedVolumes(
  pod: JsonObject,
  records: readonly PodVolumeBackupRecord[],
  podVolumes: PodVolumes,
): FsBackupVolumes {
  const metadata = asObject(pod['metadata']);
  const name = asString(metadata['name']);
  const namespace = asString(metadata['namespace']) || 'default';
  const matched = records.filter((r) => matchesPod(r, name, namespace));
  const withSnapshot = matched.filter((r) => r.snapshotID !== '');
  const withoutSnapshot = unique(matched.filter((r) => r.snapshotID === '').map((r) => r.volume));
  const named = unique(withSnapshot.map((r) => r.volume));
  const nonRestorable = named.filter((v) => isNonRestorable(podVolumes.get(v)));
  const volumes = named.filter((v) => !nonRestorable.includes(v));
  const missing = volumes.filter((v) => !podVolumes.has(v));
  return { volumes, source: 'pod-volume-backups', nonRestorable, missing, withoutSnapshot };
}

/** The annotation (and extra names) standing in for the PodVolumeBackups the backup made. */
function readAnnotatedVolumes(
  annotations: Record<string, unknown>,
  extra: readonly string[],
  podVolumes: PodVolumes,
): FsBackupVolumes {
  const annotation = asString(annotations[BACKUP_VOLUMES_ANNOTATION]);
  const named = new Set([...annotation.split(',').map((s) => s.trim()), ...extra].filter(Boolean));
  const backedUp = [...podVolumes.keys()].filter((n) => named.has(n));
  const nonRestorable = backedUp.filter((n) => isNonRestorable(podVolumes.get(n))).sort();
  const volumes = backedUp.filter((n) => !nonRestorable.includes(n)).sort();
  return {
    volumes,
    source: 'backup-volumes-annotation',
    nonRestorable,
    missing: [],
    withoutSnapshot: [],
  };
}

/** `volumeHasNonRestorableSource`: a projected or downwardAPI volume (a missing one is not). */
function isNonRestorable(volume: Record<string, unknown> | undefined): boolean {
  return volume !== undefined && (isSet(volume['projected']) || isSet(volume['downwardAPI']));
}

/** Sorted distinct names (Velero keys a map by volume name). */
function unique(names: readonly string[]): string[] {
  return [...new Set(names)].sort();
}

/** A Go pointer field that is set (not absent, not null). */
const isSet = (v: unknown) => v !== undefined && v !== null;

/** The volume names of `findFsBackupVolumes`, for checks that only need them. */
export function listFsBackupVolumeNames(pod: JsonObject, source: FsBackupSource = {}): string[] {
  return findFsBackupVolumes(pod, source).volumes;
}

/** `PodVolumeRestoreAction.Execute`: remove or replace wait containers, then prepend restore-wait. */
export function applyPodVolumeRestore(
  pod: JsonObject,
  options: RestoreOptions,
  fsBackup: FsBackupSource,
  version: VeleroVersion,
  changes: RestoreChange[],
): JsonObject {
  const spec = { ...(asObject(pod['spec']) as JsonObject) };
  const source = 'pkg/restore/actions/pod_volume_restore_action.go PodVolumeRestoreAction.Execute';
  const inits = asArray(spec['initContainers']);
  const isWait = (c: unknown) =>
    [RESTORE_WAIT_CONTAINER, LEGACY_RESTIC_WAIT_CONTAINER].includes(asString(asObject(c)['name']));
  const found = findFsBackupVolumes(pod, fsBackup);
  const { volumes } = found;
  if (found.nonRestorable.length > 0)
    changes.push({
      step: 'pod-volume-restore',
      source: 'pkg/podvolume/util.go volumeHasNonRestorableSource',
      path: ['spec', 'volumes'],
      explanation: `No restore-wait mount for ${found.nonRestorable.join(', ')}: a projected or downwardAPI volume is never restored (its backup is skipped).`,
    });
  const explainPrepend = (verb: string) =>
    changes.push({
      step: 'pod-volume-restore',
      source,
      path: ['spec', 'initContainers', 0],
      explanation: `restore-wait ${verb}: ${volumesText(found)}; it waits for their data before any other init container, hooks included. Its volume mounts come from a Go map: their order is not guaranteed.`,
    });
  if (version.behaviours.restoreWaitPlacement === 'replace-first') {
    if (volumes.length === 0) {
      if (inits.length > 0 && isWait(inits[0]))
        changes.push({
          step: 'pod-volume-restore',
          source,
          path: ['spec', 'initContainers', 0],
          explanation: `The backed-up ${asString(asObject(inits[0])['name'])} stays first although the pod has no file-system backup to wait for: on Velero ${version.name} it waits for a restore that never comes (velero-io/velero#8870, fixed in 1.17.0).`,
        });
      return pod;
    }
    const wait = restoreWaitContainer(volumes, options, version, pod);
    const replace = inits.length > 0 && isWait(inits[0]);
    explainPrepend(replace ? 'replaces the backed-up wait container at index 0' : 'prepended');
    const next = [wait, ...(replace ? inits.slice(1) : inits)];
    return copyWith(pod, { spec: withInitContainers(spec, next as Container[]) });
  }
  const kept = inits.filter((c) => !isWait(c));
  if (kept.length !== inits.length) {
    changes.push({
      step: 'pod-volume-restore',
      source,
      path: ['spec', 'initContainers'],
      explanation:
        'Every existing restore-wait/restic-wait init container removed, wherever it was.',
    });
  }
  let next = kept;
  if (volumes.length > 0) {
    next = [restoreWaitContainer(volumes, options, version, pod), ...kept];
    explainPrepend('prepended');
  }
  return copyWith(pod, { spec: withInitContainers(spec, next as Container[]) });
}

function volumesText(found: FsBackupVolumes): string {
  const list = found.volumes.join(', ');
  const missing =
    found.missing.length > 0
      ? `; the pod has no volume ${found.missing.join(', ')}, so the API server rejects the mount`
      : '';
  if (found.source === 'backup-volumes-annotation')
    return `the pod has volumes backed up with file-system backup (${list})`;
  if (found.source === 'pod-volume-backups')
    return `the backup's PodVolumeBackups for this pod have snapshots of ${list}${missing}`;
  return `no pod volume backup matched, so the legacy ${LEGACY_SNAPSHOT_ANNOTATION_PREFIX}<volume> annotations count (${list})${missing}`;
}

function withInitContainers(spec: JsonObject, containers: readonly Container[]): JsonObject {
  const next: JsonObject = Object.assign({}, spec); // not a spread: model/objects.ts
  if (containers.length > 0) next['initContainers'] = [...containers];
  else delete next['initContainers'];
  return next;
}

/** `defaultSecurityCtx()` of the pod-volume restore action (1.16+). */
const RESTRICTED_SECURITY_CONTEXT = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
  runAsUser: 1000,
  runAsNonRoot: true,
};

/**
 * The restore-wait securityContext without a plugin ConfigMap (`getSecurityContext` per release):
 * none up to 1.15; then the first container's, else a restricted default as uid 1000; on main the
 * pod-level runAsUser/runAsGroup come before that default (velero#10047).
 */
function restoreWaitSecurityContext(
  pod: JsonObject,
  version: VeleroVersion,
  config: PluginConfig,
): JsonObject {
  const rule = version.behaviours.restoreWaitSecurityContext;
  const fromConfig = decodeConfigSecurityContext(config.data, version);
  // Up to 1.15 the ConfigMap's context is used as parsed, even when parsing stopped at an error.
  if (rule === 'configmap') return fromConfig?.context ?? {};
  const configSet = fromConfig !== null && fromConfig.error === null ? fromConfig.context : null;
  const spec = asObject(pod['spec']);
  const first = asObject(asArray(spec['containers'])[0])['securityContext'];
  const firstSet = first !== undefined && first !== null ? (first as JsonObject) : null;
  if (rule === 'first-container-over-configmap')
    return firstSet ?? configSet ?? RESTRICTED_SECURITY_CONTEXT;
  if (configSet) return configSet;
  if (firstSet) return firstSet;
  const podContext = asObject(spec['securityContext']);
  const user = podContext['runAsUser'];
  const group = podContext['runAsGroup'];
  if (rule !== 'pod-user-fallback' || (user === undefined && group === undefined))
    return RESTRICTED_SECURITY_CONTEXT;
  const context: JsonObject = { ...RESTRICTED_SECURITY_CONTEXT };
  if (typeof user === 'number') context['runAsUser'] = user;
  if (typeof group === 'number') context['runAsGroup'] = group;
  if (user === 0) {
    const nonRoot = podContext['runAsNonRoot'];
    if (typeof nonRoot === 'boolean') context['runAsNonRoot'] = nonRoot;
    else delete context['runAsNonRoot'];
  }
  return context;
}

/** The restore-wait image: the restore-helper image up to 1.15, the server's own image from 1.16. */
function restoreWaitImage(
  options: RestoreOptions,
  version: VeleroVersion,
  config: PluginConfig,
): string {
  const tag = version.name === 'main' ? 'main' : `v${version.name}`;
  const fallback =
    version.behaviours.restoreWaitImage === 'restore-helper'
      ? `velero/velero-restore-helper:${tag}`
      : (options.veleroImage ?? `velero/velero:${tag}`);
  // getImage: the ConfigMap's image when it names a registry; a tag-less one gets the release's.
  const image = config.data?.['image'] ?? '';
  const parts = image.split('/');
  if (image === '' || parts.length === 1) return fallback;
  return parts[parts.length - 1]!.includes(':') ? image : `${image}:${tag}`;
}

function restoreWaitContainer(
  volumes: string[],
  options: RestoreOptions,
  version: VeleroVersion,
  pod: JsonObject,
): Container {
  const config = options.pluginConfig ?? { data: null, error: null };
  return {
    name: RESTORE_WAIT_CONTAINER,
    image: restoreWaitImage(options, version, config),
    command: [config.data?.['command'] || '/velero-restore-helper'],
    args: ['<restore UID>'],
    env: [
      { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ],
    resources: {
      limits: { cpu: '100m', memory: '128Mi' },
      requests: { cpu: '100m', memory: '128Mi' },
    },
    securityContext: restoreWaitSecurityContext(pod, version, config),
    volumeMounts: volumes.map((v) => ({ name: v, mountPath: `/restores/${v}` })),
  };
}
