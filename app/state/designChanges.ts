import { selectAuthoredState, type AuthoredState } from './authoredState.ts';
import { dismissNotice, showNotice, useNoticeStore } from './notices.ts';
import { useDesignerStore } from './store.ts';

/** The first-visit design: the store's defaults, before autosave or a link replaced them. */
export function selectDefaultDesign(): AuthoredState {
  return selectAuthoredState(useDesignerStore.getInitialState());
}

function sameDesign(a: AuthoredState, b: AuthoredState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Replaces the whole design (fields `next` lacks take their defaults) and says so in a notice with
 * "Undo". The Undo button goes away once the user edits a text, so it never throws away typing.
 */
export function replaceDesign(next: Partial<AuthoredState>, message: string): void {
  applyDesign({ ...selectDefaultDesign(), ...next }, message);
}

/** Changes some fields of the design, keeping the others, with the same notice and Undo. */
export function updateDesign(patch: Partial<AuthoredState>, message: string): void {
  applyDesign({ ...selectAuthoredState(useDesignerStore.getState()), ...patch }, message);
}

/** Back to the first-visit example. */
export function resetDesign(): void {
  replaceDesign({}, 'The design was reset to the first example.');
}

function applyDesign(next: AuthoredState, message: string): void {
  const previous = selectAuthoredState(useDesignerStore.getState());
  useDesignerStore.setState(next);
  if (sameDesign(previous, next)) {
    showNotice({ kind: 'info', message });
    return;
  }
  const id = showNotice({
    kind: 'info',
    message,
    action: {
      label: 'Undo',
      run: () => {
        useDesignerStore.setState(previous);
        dismissNotice(id);
      },
    },
  });
  const stop = useDesignerStore.subscribe((state, prev) => {
    if (state.manifestsText === prev.manifestsText && state.restoreText === prev.restoreText)
      return;
    stop();
    useNoticeStore.setState(({ notices }) => ({
      notices: notices.map((n) => (n.id === id ? { ...n, action: undefined } : n)),
    }));
  });
}
