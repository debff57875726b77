/**
 * What reading a Velero backup tarball gives: the items a hook check needs (pods, the workloads
 * around them, namespaces) as the JSON text the restore reads, counts of everything else, and
 * notices; or one error that says why the tarball cannot be read the way Velero would.
 */

/** One item of the copy the restore reads, kept as its JSON text. */
export interface BackupItem {
  /** The path in the archive, as extracted: `resources/pods/namespaces/prod/db-0.json`. */
  path: string;
  /** `pods`, `deployments.apps`, `namespaces`, … */
  groupResource: string;
  /** '' for a cluster-scoped item. */
  namespace: string;
  /** The item name (the file name without `.json`). */
  name: string;
  /**
   * The item's kind. Pods and namespaces are decoded as Velero decodes them (one that does not
   * decode is a notice, not an item); a workload is kept as text for context, with its resource's
   * kind, and decoded only when a label selection needs its labels.
   */
  kind: string;
  /** The compact JSON Velero wrote (`json.Marshal` of the object). */
  text: string;
  /** The restore-hook annotation keys (`init.hook.restore.velero.io/…`, `post.hook…`), sorted. */
  hookAnnotations: readonly string[];
}

/** Items of one group-resource in the copy the restore reads. */
export interface ResourceCount {
  groupResource: string;
  /** The kind of its items, from the first that decodes; '' when none does. */
  kind: string;
  items: number;
}

/** Items in one namespace; `namespace` '' counts the cluster-scoped items. */
export interface NamespaceCount {
  namespace: string;
  items: number;
}

/** Something read differently from a plain file, or not read; the rest of the backup is read. */
export interface BackupNotice {
  code:
    | 'absolute-path'
    | 'entry-ignored'
    | 'item-unreadable'
    | 'item-too-large'
    | 'outside-layout'
    | 'duplicate-entry';
  /** The entry's name in the archive. */
  path: string;
  message: string;
}

export interface BackupContents {
  kind: 'backup';
  /** `metadata/version` (`1.1.0` from every supported release); null when absent. */
  formatVersion: string | null;
  /** Pods, workloads and namespaces of the copy the restore reads, selection applied, by path. */
  items: BackupItem[];
  /** Every item of that copy, per group-resource (sorted), whatever the selection. */
  resources: ResourceCount[];
  /** Every item of that copy, per namespace (sorted; '' is cluster scope). */
  namespaces: NamespaceCount[];
  /** Entries of the versioned copies (`resources/<gr>/<version>[-preferredversion]/…`). */
  versionedCopies: number;
  /** The preferred API version per group-resource, from its `<version>-preferredversion` folder. */
  preferredVersions: Record<string, string>;
  /** At most MAX_NOTICES notices, in archive order; `noticesOmitted` counts the rest. */
  notices: BackupNotice[];
  noticesOmitted: number;
  /** Tar entries read (files, folders, links, …). */
  entries: number;
  compressedBytes: number;
  inflatedBytes: number;
}

/** Why a tarball cannot be read: one error, and nothing else is returned. */
export interface BackupError {
  kind: 'error';
  code:
    | 'not-gzip'
    | 'gzip-corrupt'
    | 'truncated'
    | 'too-large'
    | 'not-tar'
    | 'tar-corrupt'
    | 'not-velero-backup'
    | 'path-escapes'
    | 'invalid-selection'
    | 'read-failed';
  message: string;
}

/** How far reading has come, for a progress bar. */
export interface BackupProgress {
  /** Compressed bytes consumed so far. */
  bytesRead: number;
  /** The archive's size when the caller gave it (`totalBytes`), else null. */
  totalBytes: number | null;
  inflatedBytes: number;
  entries: number;
}

/** Which pods and workloads to keep (everything is still counted). */
export interface BackupSelection {
  /** Namespace globs, as a Restore's `includedNamespaces` (empty or `*`: all). */
  namespaces?: readonly string[];
  /** A `metav1.LabelSelector` (`matchLabels`, `matchExpressions`), matched against each item's labels. */
  labelSelector?: unknown;
}

export interface ReadBackupOptions {
  /** Called after each chunk. */
  onProgress?: (progress: BackupProgress) => void;
  /** The archive's size, passed back in progress reports. */
  totalBytes?: number;
  /** Stop past this many inflated bytes (a gzip bomb); default DEFAULT_MAX_INFLATED_BYTES. */
  maxInflatedBytes?: number;
  select?: BackupSelection;
}

/** 1 GiB: far past a real backup's item JSON, well short of what a gzip bomb expands to. */
export const DEFAULT_MAX_INFLATED_BYTES = 1024 * 1024 * 1024;
/** Notices kept; past this they are only counted. */
export const MAX_NOTICES = 100;
/** An item larger than this is counted but not kept (Kubernetes objects stay under ~3 MiB). */
export const MAX_ITEM_BYTES = 16 * 1024 * 1024;
