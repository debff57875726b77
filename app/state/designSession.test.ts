import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTHORED_STATE_VERSION } from './authoredState.ts';
import { selectDefaultDesign } from './designChanges.ts';
import {
  designKey,
  LEGACY_DESIGN_KEY,
  listDesigns,
  writeDesignMeta,
  type DesignMeta,
} from './designLibrary.ts';
import {
  installDesignSession,
  openDesign,
  openStartupDesign,
  removeDesign,
  renameCurrentDesign,
  startBlankDesign,
  useDesignSession,
} from './designSession.ts';
import { useNoticeStore } from './notices.ts';
import { useDesignerStore } from './store.ts';

const SAVE_DELAY_MS = 400;

const stored = (manifestsText: string) =>
  JSON.stringify({ state: { manifestsText }, version: AUTHORED_STATE_VERSION });

/** A design saved by an earlier visit (or another tab). */
function saveDesign(id: string, name: string, manifestsText: string, updatedAt = 1): DesignMeta {
  const meta = { id, name, createdAt: 1, updatedAt };
  writeDesignMeta(meta);
  localStorage.setItem(designKey(id), stored(manifestsText));
  return meta;
}

const current = () => useDesignSession.getState().current;
/** The manifests text saved for design `id`. */
const savedManifests = (id: string) =>
  (
    JSON.parse(localStorage.getItem(designKey(id)) ?? 'null') as {
      state: { manifestsText: string };
    }
  ).state.manifestsText;
const manifests = () => useDesignerStore.getState().manifestsText;
const notices = () => useNoticeStore.getState().notices;
/** What another tab's save of `id` looks like here: the stored value changes, then the event. */
function saveInOtherTab(id: string, manifestsText: string): void {
  localStorage.setItem(designKey(id), stored(manifestsText));
  dispatchEvent(
    new StorageEvent('storage', {
      key: designKey(id),
      newValue: stored(manifestsText),
      storageArea: localStorage,
    }),
  );
}

let uninstall: () => void = () => undefined;

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  history.replaceState(null, '', '/');
  useDesignerStore.setState(selectDefaultDesign());
  useNoticeStore.setState({ notices: [] });
});

afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

function start(): void {
  openStartupDesign();
  uninstall = installDesignSession();
}

describe('opening at start-up', () => {
  it('a first visit gets a design named “My design”, remembered in the history entry', () => {
    start();
    expect(current().name).toBe('My design');
    expect(listDesigns().map((d) => d.name)).toEqual(['My design']);
    expect(history.state).toEqual({ designId: current().id });
    expect(manifests()).toBe(selectDefaultDesign().manifestsText);
  });

  it('the one save of earlier versions becomes “My design”', () => {
    localStorage.setItem(LEGACY_DESIGN_KEY, stored('from the old page'));
    start();
    expect(current().name).toBe('My design');
    expect(manifests()).toBe('from the old page');
    expect(localStorage.getItem(LEGACY_DESIGN_KEY)).toBeNull();
  });

  it('opens the design of the history entry (a reload), else the most recently changed', () => {
    saveDesign('a', 'A', 'text of A', 10);
    saveDesign('b', 'B', 'text of B', 20);
    start();
    expect(current().name).toBe('B');
    expect(manifests()).toBe('text of B');
    uninstall();
    history.replaceState({ designId: 'a' }, '', '/');
    start();
    expect(current().name).toBe('A');
    expect(manifests()).toBe('text of A');
  });
});

describe('saving', () => {
  it('saves every change to the open design after a pause, and marks it changed', () => {
    saveDesign('a', 'A', 'text of A', 10);
    start();
    useDesignerStore.getState().setManifestsText('edited');
    expect(localStorage.getItem(designKey('a'))).toBe(stored('text of A'));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(savedManifests('a')).toBe('edited');
    expect(listDesigns()[0]!.updatedAt).toBeGreaterThan(10);
  });

  it('a rename is kept in the design’s record; an empty name is ignored', () => {
    start();
    renameCurrentDesign('  Cassandra restore  ');
    expect(listDesigns().map((d) => d.name)).toEqual(['Cassandra restore']);
    renameCurrentDesign('   ');
    expect(current().name).toBe('Cassandra restore');
  });
});

describe('other designs', () => {
  it('a new blank design has empty editors, keeps the other design, and Back returns to it', async () => {
    saveDesign('a', 'A', 'text of A');
    start();
    const push = vi.spyOn(history, 'pushState');
    await startBlankDesign();
    expect(current().name).toBe('Blank design');
    expect(useDesignerStore.getState()).toMatchObject({ manifestsText: '', restoreText: '' });
    expect(
      listDesigns()
        .map((d) => d.name)
        .sort(),
    ).toEqual(['A', 'Blank design']);
    expect(push).toHaveBeenCalledWith({ designId: current().id }, '');
    // Back: the browser restores the earlier entry's state and fires popstate.
    dispatchEvent(new PopStateEvent('popstate', { state: { designId: 'a' } }));
    await vi.waitFor(() => expect(current().name).toBe('A'));
    expect(manifests()).toBe('text of A');
  });

  it('opening another design saves the open one first', async () => {
    saveDesign('a', 'A', 'text of A', 20);
    saveDesign('b', 'B', 'text of B', 10);
    start();
    useDesignerStore.getState().setManifestsText('A edited');
    await openDesign('b');
    expect(manifests()).toBe('text of B');
    expect(savedManifests('a')).toBe('A edited');
  });

  it('deletes another design, with Undo; the open one cannot be deleted', () => {
    saveDesign('a', 'A', 'text of A', 20);
    saveDesign('b', 'B', 'text of B', 10);
    start();
    removeDesign('a');
    expect(listDesigns().map((d) => d.name)).toEqual(['A', 'B']);
    removeDesign('b');
    expect(listDesigns().map((d) => d.name)).toEqual(['A']);
    expect(notices().at(-1)?.message).toBe('Deleted “B”.');
    notices().at(-1)?.action?.run();
    expect(listDesigns().map((d) => d.name)).toEqual(['A', 'B']);
    expect(localStorage.getItem(designKey('b'))).toBe(stored('text of B'));
  });
});

describe('two tabs on one design', () => {
  it('without unsaved edits here, this tab takes the other tab’s save, and says so', () => {
    saveDesign('a', 'A', 'text of A');
    start();
    saveInOtherTab('a', 'edited in the other tab');
    expect(manifests()).toBe('edited in the other tab');
    expect(notices().at(-1)?.message).toBe(
      '“A” was changed in another tab; this tab now shows that version.',
    );
    // Taking it is not an edit of this tab: nothing is written back.
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(localStorage.getItem(designKey('a'))).toBe(stored('edited in the other tab'));
  });

  it('with unsaved edits here, both versions survive: this tab’s becomes a new design', async () => {
    saveDesign('a', 'A', 'text of A');
    start();
    useDesignerStore.getState().setManifestsText('edited in this tab');
    saveInOtherTab('a', 'edited in the other tab');
    expect(manifests()).toBe('edited in this tab');
    expect(current().name).toBe('A (this tab)');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(localStorage.getItem(designKey('a'))).toBe(stored('edited in the other tab'));
    expect(savedManifests(current().id)).toBe('edited in this tab');
    const notice = notices().at(-1)!;
    expect(notice.message).toBe(
      '“A” was changed in another tab while you edited it here. Your version is kept as “A (this tab)”.',
    );
    notice.action?.run();
    await vi.waitFor(() => expect(manifests()).toBe('edited in the other tab'));
  });
});
