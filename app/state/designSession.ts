import { create } from 'zustand';
import {
  AUTHORED_STATE_VERSION,
  selectAuthoredState,
  type AuthoredState,
} from './authoredState.ts';
import {
  createDebouncedStorage,
  mergeSavedDesign,
  parseStoredDesign,
  type DesignStorage,
} from './autosave.ts';
import { selectDefaultDesign } from './designChanges.ts';
import {
  createDesignMeta,
  deleteDesign,
  readDesignIdFromKey,
  designKey,
  listDesigns,
  migrateLegacyDesign,
  readDesignMeta,
  restoreDeletedDesign,
  chooseUniqueDesignName,
  writeDesignMeta,
  type DesignMeta,
} from './designLibrary.ts';
import { dismissNotice, showNotice } from './notices.ts';
import { useDesignerStore, type DesignerState } from './store.ts';

/**
 * The design this tab works on, and the others saved in this browser. Each tab remembers its
 * design in its history entry (`history.state.designId`), so a reload reopens it and Back/Forward
 * go to the design the entry showed; a new tab opens the most recently changed design.
 */
interface DesignSession {
  current: DesignMeta;
  /** Every saved design, the most recently changed first (the current one included once saved). */
  designs: DesignMeta[];
}

const FIRST_DESIGN_NAME = 'My design';

export const useDesignSession = create<DesignSession>()(() => ({
  current: createDesignMeta(FIRST_DESIGN_NAME),
  designs: [],
}));

const currentDesign = (): DesignMeta => useDesignSession.getState().current;

const storage: DesignStorage = createDebouncedStorage(undefined, undefined, undefined, (key) => {
  const id = readDesignIdFromKey(key);
  if (id === null) return;
  const meta = id === currentDesign().id ? currentDesign() : readDesignMeta(id);
  if (!meta) return;
  saveMeta({ ...meta, updatedAt: Date.now() });
});

/** True while the store is set from storage: those changes are already saved. */
let loading = false;

function refreshDesignList(): void {
  useDesignSession.setState({ designs: listDesigns() });
}

/** Writes a design's record; the current one is updated in the session too. */
function saveMeta(meta: DesignMeta): void {
  if (meta.id === currentDesign().id) useDesignSession.setState({ current: meta });
  try {
    writeDesignMeta(meta);
  } catch {
    // The design's own save reports storage failures; its name is kept in this tab meanwhile.
  }
  refreshDesignList();
}

function setStoreFromStorage(state: AuthoredState): void {
  loading = true;
  try {
    useDesignerStore.setState(state);
  } finally {
    loading = false;
  }
}

/** Loads a saved design into the store; fields it lacks take their defaults. */
function loadDesign(id: string): void {
  setStoreFromStorage(mergeSavedDesign(storage.getItem(designKey(id)), selectDefaultDesign()));
}

function saveDesign(state: DesignerState): void {
  storage.setItem(designKey(currentDesign().id), {
    state: selectAuthoredState(state),
    version: AUTHORED_STATE_VERSION,
  });
}

type HistoryStep = 'push' | 'replace';

function rememberInHistory(id: string, step: HistoryStep): void {
  const state: unknown = { ...(history.state as object | null), designId: id };
  if (step === 'push') history.pushState(state, '');
  else history.replaceState(state, '');
}

function designIdInHistory(state: unknown): string | null {
  const id = (state as { designId?: unknown } | null)?.designId;
  return typeof id === 'string' ? id : null;
}

/**
 * Before the first render: opens the design this tab's history entry names, else the most recently
 * changed one, else a new one from the defaults (its state saved at the first edit). The one save
 * of older versions of the page becomes a design first.
 */
export function openStartupDesign(): void {
  migrateLegacyDesign(FIRST_DESIGN_NAME);
  const designs = listDesigns();
  const asked = designIdInHistory(history.state);
  const meta = designs.find((d) => d.id === asked) ?? designs[0];
  if (meta) {
    useDesignSession.setState({ current: meta, designs });
    loadDesign(meta.id);
  } else {
    const fresh = createDesignMeta(FIRST_DESIGN_NAME);
    useDesignSession.setState({ current: fresh });
    saveMeta(fresh);
  }
  rememberInHistory(currentDesign().id, 'replace');
}

/** Begins a new design holding `state` (fields it lacks take their defaults), saved at once. */
function beginDesign(name: string, state: Partial<AuthoredState>, step: HistoryStep): DesignMeta {
  const meta = createDesignMeta(chooseUniqueDesignName(name, listDesigns()));
  useDesignSession.setState({ current: meta });
  setStoreFromStorage({ ...selectDefaultDesign(), ...state });
  saveMeta(meta);
  saveDesign(useDesignerStore.getState());
  rememberInHistory(meta.id, step);
  return meta;
}

/**
 * Opens a linked design as a new design beside the user's own, never over it. At start-up nothing
 * is waiting to be saved; later (a link pasted into the open tab) the current design's pending
 * save lands first, since a large one is encoded from the engine's copy of the texts.
 */
export function openLinkedDesign(state: Partial<AuthoredState>, atStartup: boolean): void {
  const open = () => {
    const previous = currentDesign();
    const hadWork = listDesigns().some((d) => d.id === previous.id);
    const meta = beginDesign('Shared design', state, 'replace');
    showNotice({
      kind: 'info',
      message: `Opened the link as a new design, “${meta.name}”.${hadWork ? ` Your design “${previous.name}” is saved under Designs.` : ''}`,
      ...(hadWork
        ? {
            action: {
              label: `Back to “${previous.name}”`,
              run: () => void openDesign(previous.id),
            },
          }
        : {}),
    });
  };
  if (atStartup) open();
  else void storage.flush().then(open);
}

/** A new design with empty editors: no example Pod, no example Restore. */
export async function startBlankDesign(): Promise<void> {
  await storage.flush();
  const meta = beginDesign('Blank design', { manifestsText: '', restoreText: '' }, 'push');
  showNotice({ kind: 'info', message: `Started “${meta.name}”. Paste or open your manifests.` });
}

/** Switches this tab to a saved design; `push` adds a history entry, so Back returns. */
export async function openDesign(id: string, step: HistoryStep | 'none' = 'push'): Promise<void> {
  if (id === currentDesign().id) return;
  await storage.flush();
  const meta = readDesignMeta(id);
  if (!meta) {
    showNotice({ kind: 'error', message: 'That design is no longer saved in this browser.' });
    refreshDesignList();
    if (step === 'none') rememberInHistory(currentDesign().id, 'replace');
    return;
  }
  useDesignSession.setState({ current: meta });
  loadDesign(id);
  if (step !== 'none') rememberInHistory(id, step);
  refreshDesignList();
}

export function renameCurrentDesign(name: string): void {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === currentDesign().name) return;
  saveMeta({ ...currentDesign(), name: trimmed, updatedAt: Date.now() });
}

/** Deletes a saved design other than the open one, with Undo in the notice. */
export function removeDesign(id: string): void {
  if (id === currentDesign().id) return;
  const deleted = deleteDesign(id);
  refreshDesignList();
  if (!deleted) return;
  const notice = showNotice({
    kind: 'info',
    message: `Deleted “${deleted.meta.name}”.`,
    action: {
      label: 'Undo',
      run: () => {
        restoreDeletedDesign(deleted);
        refreshDesignList();
        dismissNotice(notice);
      },
    },
  });
}

/**
 * Another tab saved the design this tab shows. Without unsaved edits here, this tab takes that
 * version. With them, both tabs changed it: this tab's version becomes a new design, so neither
 * is lost, and the notice offers the other tab's version.
 */
function onSavedElsewhere(raw: string | null): void {
  const shown = currentDesign();
  const key = designKey(shown.id);
  if (raw === null || parseStoredDesign(raw) === null) return;
  if (!storage.hasPending(key)) {
    loadDesign(shown.id);
    showNotice({
      kind: 'info',
      message: `“${shown.name}” was changed in another tab; this tab now shows that version.`,
    });
    return;
  }
  storage.cancel(key);
  const kept = createDesignMeta(chooseUniqueDesignName(`${shown.name} (this tab)`, listDesigns()));
  useDesignSession.setState({ current: kept });
  saveMeta(kept);
  saveDesign(useDesignerStore.getState());
  rememberInHistory(kept.id, 'replace');
  showNotice({
    kind: 'info',
    message: `“${shown.name}” was changed in another tab while you edited it here. Your version is kept as “${kept.name}”.`,
    action: { label: `Open the other tab's “${shown.name}”`, run: () => void openDesign(shown.id) },
  });
}

function changedAuthoredField(state: DesignerState, prev: DesignerState): boolean {
  for (const key of Object.keys(state) as (keyof DesignerState)[]) {
    if (typeof state[key] !== 'function' && state[key] !== prev[key]) return true;
  }
  return false;
}

/**
 * Autosave and the links between tabs: every change to the authored state is saved to the current
 * design (debounced, see autosave.ts); saves from other tabs arrive as `storage` events; history
 * entries reopen their design.
 */
export function installDesignSession(): () => void {
  const stopSaving = useDesignerStore.subscribe((state, prev) => {
    if (!loading && changedAuthoredField(state, prev)) saveDesign(state);
  });
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== localStorage) return;
    if (readDesignIdFromKey(event.key) === currentDesign().id) onSavedElsewhere(event.newValue);
    // A rename in another tab reaches this tab's name too.
    const renamed = readDesignMeta(currentDesign().id);
    if (renamed) useDesignSession.setState({ current: renamed });
    refreshDesignList();
  };
  const onPopState = (event: PopStateEvent) => {
    const id = designIdInHistory(event.state);
    if (id !== null && id !== currentDesign().id) void openDesign(id, 'none');
  };
  addEventListener('storage', onStorage);
  addEventListener('popstate', onPopState);
  return () => {
    stopSaving();
    removeEventListener('storage', onStorage);
    removeEventListener('popstate', onPopState);
  };
}

/** The current design's save as stored (for the test API); null before the first save. */
export function readStoredCurrentDesign(): string | null {
  try {
    return localStorage.getItem(designKey(currentDesign().id));
  } catch {
    return null;
  }
}
