/**
 * Reads tar entries into BackupContents the way a restore sees them: it keeps the JSON of the
 * items a hook check needs from the copy the restore reads, counts every item, and turns what
 * Velero skips or refuses into notices or the one error.
 */
import { shouldInclude } from '../go/includesExcludes.ts';
import { INIT_HOOK_PREFIX, POST_HOOK_PREFIX } from '../model/annotations.ts';
import {
  MAX_ITEM_BYTES,
  MAX_NOTICES,
  type BackupContents,
  type BackupError,
  type BackupItem,
  type BackupNotice,
} from './contents.ts';
import { asRecord, decodeItem, readNestedStringMap, type DecodedItem } from './item.ts';
import { resolveEntryPath, trimItemName, placeInLayout } from './layout.ts';
import type { Selector } from './selection.ts';
import { decodeText, type TarEntry, type TarHandler } from './tar.ts';

/** The group-resources whose items are kept: pods, the workloads that own pods, namespaces. */
export const KEPT_RESOURCES: ReadonlySet<string> = new Set([
  'pods',
  'namespaces',
  'deployments.apps',
  'statefulsets.apps',
  'daemonsets.apps',
  'replicasets.apps',
  'replicationcontrollers',
  'jobs.batch',
  'cronjobs.batch',
]);

/** What to do with the data of the entry announced last. */
type Pending =
  | { kind: 'format-version' }
  | { kind: 'keep'; path: string; groupResource: string; namespace: string; name: string }
  | { kind: 'learn-kind'; groupResource: string }
  | null;

export class BackupCollector implements TarHandler {
  /** The error that stops reading (an entry leaving the archive); read after each push. */
  error: BackupError | null = null;
  private pending: Pending = null;
  private formatVersion: string | null = null;
  private sawLayout = false;
  /** Kept items in archive order; a later one of the same path replaces an earlier one. */
  private readonly items: BackupItem[] = [];
  private readonly resources = new Map<string, { kind: string; items: number }>();
  private readonly namespaces = new Map<string, number>();
  private versionedCopies = 0;
  private readonly preferredVersions: Record<string, string> = {};
  private readonly notices: BackupNotice[] = [];
  private noticesOmitted = 0;

  constructor(private readonly selector: Selector) {}

  onEntry(entry: TarEntry): number {
    this.pending = null;
    const extracted = resolveEntryPath(entry.name);
    if (extracted.kind === 'escapes') {
      this.error = refuseEscape(entry.name);
      return 0;
    }
    const { path } = extracted;
    if (path === 'resources' || path.startsWith('resources/')) this.sawLayout = true;
    if (extracted.absolute)
      this.notice('absolute-path', entry.name, `read as ${path}: Velero extracts it there too`);
    if (entry.type !== 'file') {
      if (entry.type !== 'directory' && entry.type !== 'pax-global')
        this.notice('entry-ignored', entry.name, `a ${entry.type}: Velero extracts only files`);
      return 0;
    }
    return this.placeFile(entry, path);
  }

  private placeFile(entry: TarEntry, path: string): number {
    const place = placeInLayout(path);
    switch (place.kind) {
      case 'format-version':
        this.pending = { kind: 'format-version' };
        return 64;
      case 'versioned-copy':
        this.versionedCopies += 1;
        if (place.preferred) this.preferredVersions[place.groupResource] = place.version;
        return 0;
      case 'ignored-resource-file':
        this.notice('outside-layout', entry.name, 'not where Velero lists items: not restored');
        return 0;
      case 'other':
        return 0;
      case 'item':
        return this.placeItem(entry, path, place.groupResource, place.namespace, place.file);
    }
  }

  private placeItem(entry: TarEntry, path: string, gr: string, ns: string, file: string): number {
    const name = trimItemName(file);
    if (name === null) {
      const message = `not a .json file: Velero lists item ${file} and fails to read ${file}.json`;
      this.notice('item-unreadable', entry.name, message);
      return 0;
    }
    const resource = this.resources.get(gr) ?? { kind: '', items: 0 };
    resource.items += 1;
    this.resources.set(gr, resource);
    this.namespaces.set(ns, (this.namespaces.get(ns) ?? 0) + 1);
    const tooLarge = entry.size > MAX_ITEM_BYTES;
    const { namespaces } = this.selector;
    const nsSelected =
      namespaces.length === 0 || shouldInclude(namespaces, [], gr === 'namespaces' ? name : ns);
    if (KEPT_RESOURCES.has(gr) && nsSelected) {
      if (tooLarge) {
        this.notice('item-too-large', entry.name, `${entry.size} bytes: counted, not read`);
        return 0;
      }
      this.pending = { kind: 'keep', path, groupResource: gr, namespace: ns, name };
      return Math.max(1, entry.size);
    }
    if (resource.kind !== '' || tooLarge) return 0;
    this.pending = { kind: 'learn-kind', groupResource: gr };
    return Math.max(1, entry.size);
  }

  onData(entry: TarEntry, bytes: Uint8Array): void {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    if (pending.kind === 'format-version') {
      this.formatVersion = decodeText(bytes).trim();
      return;
    }
    const text = decodeText(bytes);
    if (pending.kind === 'keep' && !this.mustDecode(pending.groupResource)) {
      // A workload is context: kept as text, its kind its resource's; the analysis reads it.
      const kind = this.resources.get(pending.groupResource)?.kind ?? '';
      this.keep(makeItem(pending, kind, text, NO_HOOKS));
      return;
    }
    const decoded = decodeItem(text);
    if (pending.kind === 'learn-kind') {
      if ('value' in decoded) this.learnKind(pending.groupResource, decoded.kind);
      return;
    }
    if ('reason' in decoded) {
      const message = `Velero cannot decode it (${decoded.reason}): the item is not restored and the restore ends PartiallyFailed`;
      this.notice('item-unreadable', entry.name, message);
      return;
    }
    this.learnKind(pending.groupResource, decoded.kind);
    const item = this.keptItem(pending, text, decoded);
    if (item) this.keep(item);
  }

  /**
   * Pods and namespaces are decoded as Velero decodes them (a failure is a notice); a workload only
   * when its labels are selected on or its resource's kind is not known yet.
   */
  private mustDecode(groupResource: string): boolean {
    if (groupResource === 'pods' || groupResource === 'namespaces') return true;
    if (this.selector.labels !== null) return true;
    return (this.resources.get(groupResource)?.kind ?? '') === '';
  }

  private keep(item: BackupItem): void {
    this.items.push(item);
  }

  /** The kept items by path, each once: the last of a path wins, as extraction overwrites. */
  private keptItems(): BackupItem[] {
    const sorted = this.items
      .map((item, order) => ({ item, order }))
      .sort((a, b) =>
        a.item.path < b.item.path ? -1 : a.item.path > b.item.path ? 1 : a.order - b.order,
      );
    const out: BackupItem[] = [];
    for (const [i, { item }] of sorted.entries()) {
      if (sorted[i + 1]?.item.path === item.path) {
        this.notice('duplicate-entry', item.path, 'a later entry replaces it, as extraction does');
        continue;
      }
      out.push(item);
    }
    return out;
  }

  private learnKind(groupResource: string, kind: string): void {
    const resource = this.resources.get(groupResource);
    if (resource && resource.kind === '') resource.kind = kind;
  }

  private keptItem(
    pending: Pending & { kind: 'keep' },
    text: string,
    decoded: DecodedItem,
  ): BackupItem | null {
    const metadata = asRecord(decoded.value['metadata']);
    const { labels } = this.selector;
    const isNamespace = pending.groupResource === 'namespaces';
    if (!isNamespace && labels && !labels.matches(readNestedStringMap(metadata['labels'])))
      return null;
    // Most pods have no hook annotation: a scan of the text spares walking their annotations.
    const hooked = pending.groupResource === 'pods' && text.includes('hook.restore.velero.io');
    const annotations = hooked ? asRecord(metadata['annotations']) : {};
    const hookAnnotations = Object.keys(annotations)
      .filter((k) => k.startsWith(INIT_HOOK_PREFIX) || k.startsWith(POST_HOOK_PREFIX))
      .sort();
    return makeItem(
      pending,
      decoded.kind,
      text,
      hookAnnotations.length > 0 ? hookAnnotations : NO_HOOKS,
    );
  }

  private notice(code: BackupNotice['code'], path: string, message: string): void {
    if (this.notices.length >= MAX_NOTICES) this.noticesOmitted += 1;
    else this.notices.push({ code, path, message });
  }

  /** The contents once the archive was read whole; the error when it is not a Velero backup. */
  contents(
    entries: number,
    compressedBytes: number,
    inflatedBytes: number,
  ): BackupContents | BackupError {
    if (this.formatVersion === null && !this.sawLayout)
      return {
        kind: 'error',
        code: 'not-velero-backup',
        message: `a tar archive of ${entries} entries, but not a Velero backup: it has neither metadata/version nor resources/`,
      };
    const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    return {
      kind: 'backup',
      formatVersion: this.formatVersion,
      items: this.keptItems(),
      resources: [...this.resources.entries()]
        .sort(byKey)
        .map(([groupResource, r]) => ({ groupResource, kind: r.kind, items: r.items })),
      namespaces: [...this.namespaces.entries()]
        .sort(byKey)
        .map(([namespace, items]) => ({ namespace, items })),
      versionedCopies: this.versionedCopies,
      preferredVersions: { ...this.preferredVersions },
      notices: this.notices,
      noticesOmitted: this.noticesOmitted,
      entries,
      compressedBytes,
      inflatedBytes,
    };
  }
}

const NO_HOOKS: readonly string[] = [];

function makeItem(
  pending: Pending & { kind: 'keep' },
  kind: string,
  text: string,
  hookAnnotations: readonly string[],
): BackupItem {
  const { path, groupResource, namespace, name } = pending;
  return { path, groupResource, namespace, name, kind, text, hookAnnotations };
}

function refuseEscape(name: string): BackupError {
  return {
    kind: 'error',
    code: 'path-escapes',
    message:
      `entry ${JSON.stringify(name)} leaves the archive's folder: Velero 1.18.1 and later refuse the whole backup ` +
      '("invalid archive path: escapes target directory", pkg/archive/extractor.go:72-79); earlier ' +
      'releases write it outside their temporary folder. Nothing was read',
  };
}
