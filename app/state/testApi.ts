import { getEditorCursor, getEditorMarkers } from '../editor/editorRegistry.ts';
import type { DesignerTestApi } from './designerTestApi.ts';
import { designKey } from './designLibrary.ts';
import { useDesignSession } from './designSession.ts';
import { useDesignerStore } from './store.ts';
import { engine } from '../engine/index.ts';

/** Installs `window.__designer` (see designerTestApi.ts). It only reaches what the UI can already do. */
export function installTestApi(): void {
  const { getState } = useDesignerStore;
  const renderedAt = timeRenderedResults();
  const api: DesignerTestApi = {
    getManifestsText: () => getState().manifestsText,
    setManifestsText: (text) => getState().setManifestsText(text),
    getRestoreText: () => getState().restoreText,
    setRestoreText: (text) => getState().setRestoreText(text),
    getMarkers: (path) => getEditorMarkers(path),
    getCursor: (path) => getEditorCursor(path),
    savedDesignKey: () => designKey(useDesignSession.getState().current.id),
    view: () => engine.getSnapshot().view,
    engineStatus: () => ({
      resultId: engine.getSnapshot().inputId,
      pending: engine.getSnapshot().pending,
      resultAt: renderedAt(),
      engineMs: engine.getSnapshot().ms,
    }),
  };
  window.__designer = api;
}

/**
 * When the newest engine result was rendered: React renders an update of the engine's snapshot in
 * a microtask after the client's listeners run, so the time is taken in the task after that.
 */
function timeRenderedResults(): () => number {
  let at = 0;
  let seenId = 0;
  const rendered = new MessageChannel();
  rendered.port1.onmessage = () => (at = performance.now());
  engine.subscribe(() => {
    if (engine.getSnapshot().inputId === seenId) return;
    seenId = engine.getSnapshot().inputId;
    rendered.port2.postMessage(null);
  });
  return () => at;
}
