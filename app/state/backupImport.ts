import { create } from 'zustand';
import { engine, type BackupOpened, type BackupReadProgress } from '../engine/index.ts';
import { chooseBackupPodPlace } from './backupPlace.ts';
import { updateDesign } from './designChanges.ts';
import { showNotice } from './notices.ts';

/**
 * Opening a Velero backup tarball: read in the engine worker (progress here), then a summary to
 * choose namespaces from, then the chosen pods replace the Manifests. Not authored state, so not in
 * the designer store: the loaded Manifests text is what the design keeps.
 */
export type BackupImport =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress: BackupReadProgress }
  | { kind: 'summary'; opened: BackupOpened; chosen: readonly string[]; loading: boolean };

export const useBackupImport = create<BackupImport>()(() => ({ kind: 'idle' }));

/** Files over this size are refused before they are read (the reader stops at 1 GiB inflated). */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

let reading = 0;

/** Reads a backup tarball in the engine worker and, when it reads, shows its summary. */
export async function openBackupFile(file: File): Promise<void> {
  if (file.size > MAX_BACKUP_BYTES) {
    showNotice({
      kind: 'error',
      message: `${file.name} was not opened: backups over ${MAX_BACKUP_BYTES / 1024 / 1024 / 1024} GiB are refused.`,
    });
    return;
  }
  const ticket = ++reading;
  const progress = { bytesRead: 0, totalBytes: file.size };
  useBackupImport.setState({ kind: 'reading', fileName: file.name, progress }, true);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    useBackupImport.setState({ kind: 'idle' }, true);
    showNotice({ kind: 'error', message: `${file.name} could not be read.` });
    return;
  }
  const result = await engine.readBackup(file.name, bytes, (p) => {
    if (ticket === reading) useBackupImport.setState({ progress: p });
  });
  if (ticket !== reading) return;
  if (result.kind === 'error') {
    useBackupImport.setState({ kind: 'idle' }, true);
    showNotice({ kind: 'error', message: `${file.name} was not opened: ${result.message}.` });
    return;
  }
  useBackupImport.setState({ kind: 'summary', opened: result, chosen: [], loading: false }, true);
}

/** Checks or unchecks a namespace to load. */
export function chooseBackupNamespace(namespace: string, chosen: boolean): void {
  const state = useBackupImport.getState();
  if (state.kind !== 'summary') return;
  const others = state.chosen.filter((n) => n !== namespace);
  useBackupImport.setState({ chosen: chosen ? [...others, namespace].sort() : others });
}

/** How many pods loading the chosen namespaces brings. */
export function selectChosenPods(state: BackupImport): number {
  if (state.kind !== 'summary') return 0;
  return state.opened.podsByNamespace
    .filter((n) => state.chosen.includes(n.namespace))
    .reduce((sum, n) => sum + n.pods, 0);
}

/** Replaces the Manifests with the chosen namespaces' pods (with Undo), and closes the summary. */
export async function loadChosenPods(): Promise<void> {
  const state = useBackupImport.getState();
  if (state.kind !== 'summary' || state.chosen.length === 0) return;
  useBackupImport.setState({ loading: true });
  const loaded = await engine.loadBackup(state.chosen);
  useBackupImport.setState({ kind: 'idle' }, true);
  if (!loaded) {
    showNotice({ kind: 'error', message: 'The backup is no longer held: open it again.' });
    return;
  }
  // Newly loaded backup pods open on the Restore's spec.hooks again.
  chooseBackupPodPlace(null);
  const pods = `${loaded.pods} ${loaded.pods === 1 ? 'pod' : 'pods'}`;
  updateDesign(
    { manifestsText: loaded.text },
    `Loaded ${pods} from backup ${state.opened.name} (${state.chosen.join(', ')}) into Manifests.`,
  );
}

export function closeBackup(): void {
  reading++;
  useBackupImport.setState({ kind: 'idle' }, true);
}
