import { editorCursor, editorMarkers } from '../editor/editorRegistry.ts';
import type { DesignerTestApi } from './designerTestApi.ts';
import { useDesignerStore } from './store.ts';
import { engine } from './engineClient.ts';

/** Installs `window.__designer` (see designerTestApi.ts). It only reaches what the UI can already do. */
export function installTestApi(): void {
  const { getState } = useDesignerStore;
  const api: DesignerTestApi = {
    getManifestsText: () => getState().manifestsText,
    setManifestsText: (text) => getState().setManifestsText(text),
    getRestoreText: () => getState().restoreText,
    setRestoreText: (text) => getState().setRestoreText(text),
    getMarkers: (path) => editorMarkers(path),
    getCursor: (path) => editorCursor(path),
    view: () => engine.getSnapshot().view,
    engineStatus: () => ({
      requestedId: engine.requestedId,
      resultId: engine.getSnapshot().inputId,
      resultAt: engine.resultAt,
      engineMs: engine.getSnapshot().ms,
      wholeTexts: engine.wholeTexts,
    }),
  };
  window.__designer = api;
}
