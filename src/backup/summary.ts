/**
 * A backup at a glance (`restore-hooks backup summary`): its format version, how many items of
 * each resource and namespace the restore would read, and which pods already carry restore-hook
 * annotations, which Velero applies on restore whatever the Restore says.
 */
import type { AnalyzeInput, NamedText } from '../analyze.ts';
import type { BackupContents, BackupNotice, NamespaceCount, ResourceCount } from './contents.ts';

export interface HookPod {
  namespace: string;
  name: string;
  /** The pod's path in the archive. */
  path: string;
  /** Its `init.hook.restore.velero.io/…` and `post.hook.restore.velero.io/…` keys, sorted. */
  annotations: readonly string[];
}

export interface BackupSummary {
  formatVersion: string | null;
  /** Items of the copy the restore reads (each item once). */
  items: number;
  resources: ResourceCount[];
  namespaces: NamespaceCount[];
  /** Entries of the versioned copies, which a restore reads only with EnableAPIGroupVersions. */
  versionedCopies: number;
  preferredVersions: Record<string, string>;
  /** Pods read (the selection applied). */
  pods: number;
  hookPods: HookPod[];
  notices: BackupNotice[];
  noticesOmitted: number;
}

/** Summarises read contents: counts as Velero's layout has them, pods with hook annotations. */
export function summarizeBackup(contents: BackupContents): BackupSummary {
  const pods = contents.items.filter((i) => i.groupResource === 'pods');
  return {
    formatVersion: contents.formatVersion,
    items: contents.resources.reduce((n, r) => n + r.items, 0),
    resources: contents.resources,
    namespaces: contents.namespaces,
    versionedCopies: contents.versionedCopies,
    preferredVersions: contents.preferredVersions,
    pods: pods.length,
    hookPods: pods
      .filter((p) => p.hookAnnotations.length > 0)
      .map((p) => ({
        namespace: p.namespace,
        name: p.name,
        path: p.path,
        annotations: p.hookAnnotations,
      })),
    notices: contents.notices,
    noticesOmitted: contents.noticesOmitted,
  };
}

/**
 * The engine's input from read contents: each kept item's JSON as a manifest named
 * `<archive>:<path in the archive>` (JSON is YAML, so every position and fix works on it), marked
 * as coming from the backup (only its Pods are pods), and the namespaces holding items.
 */
export function buildAnalyzeInput(
  contents: BackupContents,
  archiveName: string,
): Required<Pick<AnalyzeInput, 'manifests' | 'backupNamespaces'>> {
  const manifests: NamedText[] = contents.items.map((item) => ({
    name: `${archiveName}:${item.path}`,
    text: item.text,
    origin: 'backup',
  }));
  const backupNamespaces = contents.namespaces.map((n) => n.namespace).filter((n) => n !== '');
  return { manifests, backupNamespaces };
}
