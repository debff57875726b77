/**
 * Velero's backup layout: where an entry of the tarball lands once extracted, and what the
 * restore makes of it. Velero extracts every entry to `filepath.Join(tempDir, header.Name)`
 * (`pkg/archive/extractor.go` readBackup) and then lists `resources/` (`pkg/archive/parser.go`
 * Parse); the layout is written by `pkg/backup/item_backupper.go` backupItemInternal and
 * `pkg/archive/filesystem.go` GetVersionedItemFilePath.
 */

/** An entry's path once extracted, relative to Velero's temporary folder. */
export type ExtractedPath =
  { kind: 'inside'; path: string; absolute: boolean } | { kind: 'escapes' };

/**
 * `filepath.Join(dir, name)` seen from `dir`: empty and `.` parts dropped, `..` pops a part. A
 * leading `/` is no root: Join keeps an absolute name inside the folder. A `..` above the folder
 * escapes it, which Velero 1.18.1 and later refuse (sanitizeArchivePath) and earlier releases
 * write outside their folder.
 */
export function extractedPath(name: string): ExtractedPath {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return { kind: 'escapes' };
  }
  return { kind: 'inside', path: parts.join('/'), absolute: name.startsWith('/') };
}

/** What an extracted path is to the restore. */
export type ArchivePlace =
  /** `metadata/version`: the backup format version (`pkg/backup/backup.go` writeBackupVersion). */
  | { kind: 'format-version' }
  /**
   * An item of the copy the restore reads: `resources/<group-resource>/namespaces/<ns>/<name>.json`
   * or `resources/<group-resource>/cluster/<name>.json` (namespace '').
   */
  | { kind: 'item'; groupResource: string; namespace: string; file: string }
  /**
   * A copy under `resources/<group-resource>/<version>[-preferredversion]/…`: read by a restore
   * only with the EnableAPIGroupVersions feature flag (`pkg/restore/restore.go`
   * getSelectedRestoreableItems, chosenGrpVersToRestore).
   */
  | { kind: 'versioned-copy'; groupResource: string; version: string; preferred: boolean }
  /** Under `resources/` but where Parse does not look (it logs "Ignoring unexpected file"). */
  | { kind: 'ignored-resource-file' }
  | { kind: 'other' };

const PREFERRED_SUFFIX = '-preferredversion';

/** Places an extracted path in Velero's layout (`pkg/archive/parser.go` Parse, ParseGroupVersions). */
export function placeInLayout(path: string): ArchivePlace {
  if (path === 'metadata/version') return { kind: 'format-version' };
  const parts = path.split('/');
  if (parts[0] !== 'resources') return { kind: 'other' };
  const [, groupResource = '', scope, ...rest] = parts;
  if (parts.length < 4) return { kind: parts.length === 1 ? 'other' : 'ignored-resource-file' };
  if (scope === 'cluster' && rest.length === 1)
    return { kind: 'item', groupResource, namespace: '', file: rest[0]! };
  if (scope === 'namespaces' && rest.length === 2)
    return { kind: 'item', groupResource, namespace: rest[0]!, file: rest[1]! };
  if (scope === 'cluster' || scope === 'namespaces' || scope === undefined)
    return { kind: 'ignored-resource-file' };
  const [inner, ...tail] = rest;
  const versioned =
    (inner === 'cluster' && tail.length === 1) || (inner === 'namespaces' && tail.length === 2);
  if (!versioned) return { kind: 'ignored-resource-file' };
  const preferred = scope.endsWith(PREFERRED_SUFFIX);
  const version = preferred ? scope.slice(0, -PREFERRED_SUFFIX.length) : scope;
  return { kind: 'versioned-copy', groupResource, version, preferred };
}

/**
 * The item name the restore reads: Parse trims `.json` (getResourceItemsForScope), the restore
 * reads `<name>.json` back (GetItemFilePath). A file without `.json` names a file that is not
 * there, unless another entry happens to be called that.
 */
export function itemName(file: string): string | null {
  return file.endsWith('.json') ? file.slice(0, -'.json'.length) : null;
}
