import { compareDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { diagnoseYamlProblems } from './diagnostics/yamlEntries.ts';
import type { JsonPath } from './model/types.ts';
import { rules } from './rules/index.ts';
import { runRule, type RestoreSource, type RuleContext } from './rules/utils/rule.ts';
import { planRestore, type Plan } from './velero/plan.ts';
import type { PodVolumeBackupRecord } from './velero/podVolumeBackups.ts';
import { backupNamespaces, findManifests, type Manifests } from './velero/pods.ts';
import { DEFAULT_RESTORE, readRestore, type RestoreModel } from './velero/restore.ts';
import { getDefaultVeleroVersion, type VeleroVersion } from './versions/versionModel.ts';
import { readSourceFile, type SourceFile } from './yaml/source.ts';

export interface NamedText {
  name: string;
  text: string;
  /**
   * `backup`: an item read from a Velero backup tarball. Only its Pods are pods: Velero restores
   * the backed-up pods themselves, so a workload there is context and no pod is derived from it.
   */
  origin?: 'backup';
}

export interface AnalyzeInput {
  /** The manifests: Pods, workloads, Lists; a Restore among them is used when `restore` is absent. */
  manifests: readonly NamedText[];
  /** A file holding the velero.io/v1 Restore (its first Restore document is used). */
  restore?: NamedText | null;
  /** Extra `namespaceMapping` entries, applied over the Restore's own (CLI `--namespace-mapping`). */
  namespaceMapping?: Readonly<Record<string, string>>;
  /** The Velero release to predict; the newest release when absent. */
  veleroVersion?: VeleroVersion;
  /**
   * Where a fix that needs a Restore writes a new one when neither `restore` nor the manifests hold
   * one (the designer's empty Restore editor). Absent: a new document at the end of the manifests.
   */
  newRestoreFile?: string;
  /**
   * The backup's PodVolumeBackups (`readPodVolumeBackups`), which decide restore-wait; absent or
   * null: each pod's `backup.velero.io/backup-volumes` annotation stands in for them.
   */
  podVolumeBackups?: readonly PodVolumeBackupRecord[] | null;
  /**
   * Namespaces holding backup items that are not among the manifests (a backup tarball's counted
   * items), added to the manifests' own: wildcard expansion reads every namespace of the backup.
   */
  backupNamespaces?: readonly string[];
}

export interface Analysis {
  files: SourceFile[];
  manifests: Manifests;
  restore: RestoreModel;
  restoreSource: RestoreSource | null;
  plan: Plan;
  /** Every diagnostic, sorted by file, document and position. */
  diagnostics: Diagnostic[];
}

/**
 * The whole engine in one call: read the texts, find pods and the Restore, plan what Velero will do,
 * and run every check. Synchronous, deterministic, and it never throws on bad input.
 */
export function analyze(input: AnalyzeInput): Analysis {
  const files = input.manifests.map((f) => readSourceFile(f.name, f.text));
  const restoreFile = input.restore ? readSourceFile(input.restore.name, input.restore.text) : null;
  const allFiles = restoreFile ? [...files, restoreFile] : files;
  const fromBackup = new Set(
    input.manifests.filter((m) => m.origin === 'backup').map((m) => m.name),
  );
  const manifests = findManifests(files, fromBackup);
  const restoreObject = restoreFile
    ? findManifests([restoreFile]).restores[0]
    : manifests.restores[0];
  const restoreSource: RestoreSource | null = restoreObject
    ? {
        file: restoreObject.ref.file,
        document: restoreObject.ref.document,
        path: restoreObject.ref.path,
      }
    : null;
  const base = restoreObject ? readRestore(restoreObject.value) : DEFAULT_RESTORE;
  const restore: RestoreModel = {
    ...base,
    namespaceMapping: { ...base.namespaceMapping, ...(input.namespaceMapping ?? {}) },
  };
  const plan = planRestore(
    manifests.pods,
    restore,
    input.veleroVersion ?? getDefaultVeleroVersion(),
    [...new Set([...backupNamespaces(manifests), ...(input.backupNamespaces ?? [])])],
    input.podVolumeBackups ?? null,
  );
  const byName = new Map(allFiles.map((f) => [f.name, f]));
  const ctx: RuleContext = {
    files: allFiles,
    manifests,
    restore,
    restoreSource,
    restoreFile: input.restore?.name ?? input.newRestoreFile ?? null,
    plan,
    podAt: (target, path, part) => ({
      file: target.ref.file,
      document: target.ref.document,
      path: [...target.podPath, ...path],
      ...(part ? { part } : {}),
    }),
    restoreAt: (path: JsonPath, part) =>
      restoreSource
        ? {
            file: restoreSource.file,
            document: restoreSource.document,
            path: [...restoreSource.path, ...path],
            ...(part ? { part } : {}),
          }
        : null,
    file: (name) => byName.get(name),
  };
  const diagnostics = [
    ...allFiles.flatMap(diagnoseYamlProblems),
    ...rules.flatMap((rule) => runRule(rule, ctx)),
  ];
  diagnostics.sort(compareDiagnostics);
  return { files: allFiles, manifests, restore, restoreSource, plan, diagnostics };
}
