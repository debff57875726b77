import { create } from 'zustand';

/**
 * Messages for the banner under the header: a refused link, a file too large, an example loaded.
 * Not authored state, so not in the designer store: never saved, never shared.
 */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** A button that takes the change back (e.g. "Undo"), when there is one. */
  action?: { label: string; run: () => void };
  /** Called when the user dismisses the notice. */
  onDismiss?: () => void;
}

interface NoticeState {
  notices: Notice[];
}

export const useNoticeStore = create<NoticeState>()(() => ({ notices: [] }));

let nextId = 1;

/** Shows a notice; one with the same message replaces the older one. Returns its id. */
export function showNotice(notice: Omit<Notice, 'id'>): number {
  const id = nextId++;
  useNoticeStore.setState(({ notices }) => ({
    notices: [...notices.filter((n) => n.message !== notice.message), { ...notice, id }].slice(-3),
  }));
  return id;
}

export function dismissNotice(id: number): void {
  useNoticeStore
    .getState()
    .notices.find((n) => n.id === id)
    ?.onDismiss?.();
  useNoticeStore.setState(({ notices }) => ({ notices: notices.filter((n) => n.id !== id) }));
}

export const selectNotices = (s: NoticeState): Notice[] => s.notices;
