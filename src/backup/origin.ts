/**
 * Backup pods in the designer's Manifests text. The designer has one manifests text, not one file
 * per archive item, so a pod loaded from a backup is marked by the comment line that precedes its
 * document: `# from backup <name>: resources/pods/namespaces/<ns>/<pod>.json`. The comment is the
 * whole mark: it survives editing, autosave and share links with the text itself, the user can see
 * it and delete it, and no second copy of "which pods are from the backup" has to be kept in step.
 */
import type { SourceFile } from '../yaml/source.ts';
import { emitYaml } from '../yaml/emit.ts';
import type { BackupContents } from './contents.ts';
import type { LabelSelector } from '../go/labelSelector.ts';
import { asRecord, decodeItem, readNestedStringMap } from './item.ts';

/** Where a backup pod came from: the backup's name and the item's path in the archive. */
export interface BackupOrigin {
  backup: string;
  path: string;
}

const ORIGIN_LINE = /^#\s*from backup (.+?): (resources\/\S+\.json)\s*$/;

/** The comment line that marks a document as a backup item. */
export function formatBackupOrigin(origin: BackupOrigin): string {
  return `# from backup ${origin.backup}: ${origin.path}`;
}

/**
 * The origin of a document, read from the comment lines that open it (before its first content
 * line, after a `---` marker); null when no such comment is there.
 */
export function readBackupOrigin(
  file: SourceFile | undefined,
  document: number,
): BackupOrigin | null {
  const doc = file?.documents[document];
  if (!file || !doc) return null;
  const lines = file.text.slice(doc.start, doc.end).split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || /^---(\s|$)/.test(line)) continue;
    if (!line.startsWith('#')) return null;
    const match = ORIGIN_LINE.exec(line);
    if (match) return { backup: match[1]!, path: match[2]! };
  }
  return null;
}

/** The name a backup goes by: `velero backup download nightly` writes `nightly-data.tar.gz`. */
export function backupNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  return base.replace(/(-data)?\.(tar\.gz|tgz|tar|gz)$/i, '') || base;
}

/** Which pods to load: namespaces (none: every one) and a label selector (null: any labels). */
export interface BackupPodChoice {
  namespaces: readonly string[];
  labels?: LabelSelector | null;
}

/** The decoded backed-up pods the choice takes, in archive order (pods that do not decode are left out). */
function chosenPods(contents: BackupContents, choice: BackupPodChoice) {
  const wanted = new Set(choice.namespaces);
  const labels = choice.labels ?? null;
  return contents.items.flatMap((item) => {
    if (item.groupResource !== 'pods') return [];
    if (wanted.size > 0 && !wanted.has(item.namespace)) return [];
    const decoded = decodeItem(item.text);
    if ('reason' in decoded) return [];
    if (
      labels &&
      !labels.matches(readNestedStringMap(asRecord(decoded.value['metadata'])['labels']))
    )
      return [];
    return [{ item, value: decoded.value }];
  });
}

/**
 * The backed-up pods a choice takes as one YAML stream for the designer's Manifests: each pod as
 * the backup holds it, emitted as YAML, after the comment that marks its origin.
 */
export function backupPodsYaml(
  contents: BackupContents,
  backup: string,
  choice: BackupPodChoice,
): { text: string; pods: number } {
  const docs = chosenPods(contents, choice).map(
    ({ item, value }) =>
      `${formatBackupOrigin({ backup, path: item.path })}\n${emitYaml(value).text}`,
  );
  return { text: docs.join('---\n'), pods: docs.length };
}

/** How many pods a choice takes. */
export function countBackupPods(contents: BackupContents, choice: BackupPodChoice): number {
  return chosenPods(contents, choice).length;
}

/** Pods kept per namespace, sorted by namespace: what loading each namespace would bring. */
export function backupPodCounts(contents: BackupContents): { namespace: string; pods: number }[] {
  const counts = new Map<string, number>();
  for (const item of contents.items)
    if (item.groupResource === 'pods')
      counts.set(item.namespace, (counts.get(item.namespace) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([namespace, pods]) => ({ namespace, pods }));
}
