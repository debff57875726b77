/**
 * Velero's backup layout: where an entry of the tarball lands once extracted, and what the
 * restore makes of it. Line numbers are Velero v1.18.2's. Velero extracts every entry to
 * `filepath.Join(tempDir, header.Name)` (`pkg/archive/extractor.go:72-79` sanitizeArchivePath,
 * `:99-126` readBackup), then lists `resources/` (`pkg/archive/parser.go:67-142` Parse) and reads
 * each item from the plain copy (`pkg/restore/restore.go:2328-2336`). The backup writes each item
 * twice: plain, then under `<version>-preferredversion/` (`pkg/backup/item_backupper.go:315-322`,
 * `pkg/archive/filesystem.go:35-37` GetVersionedItemFilePath).
 */

/** An entry's path once extracted, relative to Velero's temporary folder. */
export type ExtractedPath =
  { kind: 'inside'; path: string; absolute: boolean } | { kind: 'escapes' };

/**
 * `filepath.Join(dir, name)` seen from `dir`: empty and `.` parts dropped, `..` pops a part. A
 * leading `/` is no root: Join keeps an absolute name inside the folder. A `..` above the folder
 * escapes it, which Velero 1.18.1 and later refuse (`pkg/archive/extractor.go:72-79`
 * sanitizeArchivePath, added in 1.18.1) and 1.10.0 to 1.18.0 write outside their folder (a bare
 * `filepath.Join`).
 */
export function resolveEntryPath(name: string): ExtractedPath {
  if (isClean(name)) return { kind: 'inside', path: name, absolute: false };
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return { kind: 'escapes' };
  }
  return { kind: 'inside', path: parts.join('/'), absolute: name.startsWith('/') };
}

/**
 * True when filepath.Clean would change nothing: no leading, trailing or doubled slash and no part
 * starting with a dot (a stricter test than needed, kept cheap: Velero's own names all pass).
 */
function isClean(name: string): boolean {
  return (
    name !== '' &&
    name.charCodeAt(0) !== 0x2f &&
    name.charCodeAt(0) !== 0x2e &&
    name.charCodeAt(name.length - 1) !== 0x2f &&
    !name.includes('//') &&
    !name.includes('/.')
  );
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
   * only with the EnableAPIGroupVersions feature flag (`pkg/restore/restore.go:486-493` fills
   * chosenGrpVersToRestore, `:2328-2331` adds its folder to the item path; without it the path is
   * the plain one).
   */
  | { kind: 'versioned-copy'; groupResource: string; version: string; preferred: boolean }
  /** Under `resources/` but where Parse does not look (it logs "Ignoring unexpected file"). */
  | { kind: 'ignored-resource-file' }
  | { kind: 'other' };

const PREFERRED_SUFFIX = '-preferredversion';

const FORMAT_VERSION: ArchivePlace = { kind: 'format-version' };
const IGNORED: ArchivePlace = { kind: 'ignored-resource-file' };
const OTHER: ArchivePlace = { kind: 'other' };
const RESOURCES = 'resources/';

/**
 * Places an extracted path in Velero's layout (`pkg/archive/parser.go` Parse, ParseGroupVersions).
 * It runs once per entry, so it scans for slashes rather than splitting.
 */
export function placeInLayout(path: string): ArchivePlace {
  if (path === 'metadata/version') return FORMAT_VERSION;
  if (!path.startsWith(RESOURCES)) return OTHER;
  const s1 = path.indexOf('/', RESOURCES.length);
  const s2 = s1 < 0 ? -1 : path.indexOf('/', s1 + 1);
  if (s2 < 0) return IGNORED;
  const groupResource = path.slice(RESOURCES.length, s1);
  const scope = path.slice(s1 + 1, s2);
  const s3 = path.indexOf('/', s2 + 1);
  const s4 = s3 < 0 ? -1 : path.indexOf('/', s3 + 1);
  if (scope === 'cluster')
    return s3 < 0
      ? { kind: 'item', groupResource, namespace: '', file: path.slice(s2 + 1) }
      : IGNORED;
  if (scope === 'namespaces') {
    if (s3 < 0 || s4 >= 0) return IGNORED;
    return {
      kind: 'item',
      groupResource,
      namespace: path.slice(s2 + 1, s3),
      file: path.slice(s3 + 1),
    };
  }
  if (s3 < 0) return IGNORED;
  const inner = path.slice(s2 + 1, s3);
  const versioned =
    (inner === 'cluster' && s4 < 0) ||
    (inner === 'namespaces' && s4 >= 0 && path.indexOf('/', s4 + 1) < 0);
  if (!versioned) return IGNORED;
  const preferred = scope.endsWith(PREFERRED_SUFFIX);
  const version = preferred ? scope.slice(0, -PREFERRED_SUFFIX.length) : scope;
  return { kind: 'versioned-copy', groupResource, version, preferred };
}

/**
 * The item name the restore reads: Parse trims `.json` (`pkg/archive/parser.go:159`), the restore
 * reads `<name>.json` back (`pkg/restore/restore.go:2334`). A file without `.json` names a file that is not
 * there, unless another entry happens to be called that.
 */
export function trimItemName(file: string): string | null {
  return file.endsWith('.json') ? file.slice(0, -'.json'.length) : null;
}
