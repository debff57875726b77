/** Reading Velero backup tarballs: the reader, its contents and summary, the engine's input. */
export {
  DEFAULT_MAX_INFLATED_BYTES,
  type BackupContents,
  type BackupError,
  type BackupItem,
  type BackupNotice,
  type BackupProgress,
  type BackupSelection,
  type NamespaceCount,
  type ReadBackupOptions,
  type ResourceCount,
} from './contents.ts';
export { createBackupReader, readBackup, readBackupBytes, type BackupReader } from './reader.ts';
export { buildAnalyzeInput, summarizeBackup, type BackupSummary, type HookPod } from './summary.ts';
export { readPodVolumeBackupsFile, type PodVolumeBackupsFile } from './podVolumeBackupsFile.ts';
export {
  backupNameOf,
  backupPodCounts,
  backupPodsYaml,
  countBackupPods,
  formatBackupOrigin,
  readBackupOrigin,
  type BackupOrigin,
  type BackupPodChoice,
} from './origin.ts';
export { parseSelectorText } from './selectorText.ts';
