import { useCallback } from 'react';
import type { JsonPath } from '../../../src/index.ts';
import { useDesignerStore } from '../../state/store.ts';
import { editText } from './textEdit.ts';

/** One form change: a path in the document and its new value (undefined removes it). */
export interface Change {
  path: JsonPath;
  value: unknown;
  /** The shortest path a removal may prune up to (see editText). */
  floor?: number;
}

/** Applies changes to the current text in one step; false when the text cannot be edited there. */
export type Edit = (changes: Change | readonly Change[]) => boolean;

type TextKey = 'manifestsText' | 'restoreText';

function useEdit(key: TextKey, document: number): Edit {
  return useCallback(
    (changes) => {
      const state = useDesignerStore.getState();
      let text: string | null = state[key];
      const list: readonly Change[] = isList(changes) ? changes : [changes];
      for (const c of list) {
        text = editText(text, document, c.path, c.value, c.floor);
        if (text === null) return false;
      }
      if (key === 'manifestsText') state.setManifestsText(text);
      else state.setRestoreText(text);
      return true;
    },
    [key, document],
  );
}

/** Writes form edits into one document of the manifests text. */
export function useManifestsEdit(document: number): Edit {
  return useEdit('manifestsText', document);
}

/** Writes form edits into one document of the Restore text. */
export function useRestoreEdit(document: number): Edit {
  return useEdit('restoreText', document);
}

function isList(changes: Change | readonly Change[]): changes is readonly Change[] {
  return Array.isArray(changes);
}
