import type { DesignerTestApi } from './designerTestApi.ts';
import { useDesignerStore } from './store.ts';

/** Installs `window.__designer` (see designerTestApi.ts). It only reaches what the UI can already do. */
export function installTestApi(): void {
  const { getState } = useDesignerStore;
  const api: DesignerTestApi = {
    getManifestsText: () => getState().manifestsText,
    setManifestsText: (text) => getState().setManifestsText(text),
    getRestoreText: () => getState().restoreText,
    setRestoreText: (text) => getState().setRestoreText(text),
  };
  window.__designer = api;
}
