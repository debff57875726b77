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
  | {
      kind: 'summary';
      opened: BackupOpened;
      /** Namespaces ticked; none with a label selector: every namespace. */
      chosen: readonly string[];
      /** A label selector as text (`app=db,tier!=cache`); blank: any labels. */
      labelSelector: string;
      /** The worker's count for a non-blank selector; null while it counts. */
      counted: { pods: number } | { error: string } | null;
      loading: boolean;
    };

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
  useBackupImport.setState(
    {
      kind: 'summary',
      opened: result,
      chosen: [],
      labelSelector: '',
      counted: null,
      loading: false,
    },
    true,
  );
}

let counting = 0;

/** Asks the worker how many pods a non-blank label selector takes; the newest answer wins. */
async function recount(): Promise<void> {
  const state = useBackupImport.getState();
  if (state.kind !== 'summary' || state.labelSelector.trim() === '') return;
  const ticket = ++counting;
  useBackupImport.setState({ counted: null });
  const answer = await engine.loadBackup(state.chosen, state.labelSelector, true);
  if (ticket !== counting || useBackupImport.getState().kind !== 'summary') return;
  useBackupImport.setState({
    counted: answer === null ? { error: 'the backup is no longer held: open it again' } : answer,
  });
}

/** Checks or unchecks a namespace to load. */
export function chooseBackupNamespace(namespace: string, chosen: boolean): void {
  const state = useBackupImport.getState();
  if (state.kind !== 'summary') return;
  const others = state.chosen.filter((n) => n !== namespace);
  useBackupImport.setState({ chosen: chosen ? [...others, namespace].sort() : others });
  void recount();
}

/** Narrows the pods to load by their labels (blank: any). */
export function setBackupLabelSelector(labelSelector: string): void {
  if (useBackupImport.getState().kind !== 'summary') return;
  useBackupImport.setState({ labelSelector });
  void recount();
}

/**
 * How many pods loading brings: the chosen namespaces' pods, or the worker's count when a label
 * selector is given (null while it counts), or why the selector is wrong.
 */
export function selectChosenPods(state: BackupImport): number | { error: string } | null {
  if (state.kind !== 'summary') return 0;
  if (state.labelSelector.trim() !== '')
    return state.counted && 'error' in state.counted
      ? state.counted
      : (state.counted?.pods ?? null);
  return state.opened.podsByNamespace
    .filter((n) => state.chosen.includes(n.namespace))
    .reduce((sum, n) => sum + n.pods, 0);
}

/** Replaces the Manifests with the chosen pods (with Undo), and closes the summary. */
export async function loadChosenPods(): Promise<void> {
  const state = useBackupImport.getState();
  const count = selectChosenPods(state);
  if (state.kind !== 'summary' || typeof count !== 'number' || count === 0) return;
  const ticket = reading;
  useBackupImport.setState({ loading: true });
  const loaded = await engine.loadBackup(state.chosen, state.labelSelector);
  // Closed while the pods came: the user no longer wants them.
  if (ticket !== reading) return;
  useBackupImport.setState({ kind: 'idle' }, true);
  if (!loaded || 'error' in loaded) {
    const why = loaded ? loaded.error : 'the backup is no longer held: open it again';
    showNotice({ kind: 'error', message: `Nothing was loaded: ${why}.` });
    return;
  }
  // Newly loaded backup pods open on the Restore's spec.hooks again.
  chooseBackupPodPlace(null);
  const pods = `${loaded.pods} ${loaded.pods === 1 ? 'pod' : 'pods'}`;
  const where = [
    state.chosen.length > 0 ? state.chosen.join(', ') : 'every namespace',
    ...(state.labelSelector.trim() ? [state.labelSelector.trim()] : []),
  ].join('; ');
  updateDesign(
    { manifestsText: loaded.text },
    `Loaded ${pods} from backup ${state.opened.name} (${where}) into Manifests.`,
  );
}

/** Closes the dialog; a reading or a load under way is dropped when it answers. */
export function closeBackup(): void {
  reading++;
  useBackupImport.setState({ kind: 'idle' }, true);
}
