import type { DesignerView } from '../../src/index.ts';
import type { EditorMarker } from '../editor/editorRegistry.ts';

/** The test API on `window.__designer`: e2e sets and reads the editors' texts through the store. */
export interface DesignerTestApi {
  getManifestsText(): string;
  setManifestsText(text: string): void;
  getRestoreText(): string;
  setRestoreText(text: string): void;
  /** The engine's markers in the editor of `path` (e.g. `manifests.yaml`), as Monaco holds them. */
  getMarkers(path: string): EditorMarker[];
  /** The cursor (1-based) of the editor of `path`; null when it is not mounted. */
  getCursor(path: string): { line: number; column: number } | null;
  /** The latest DesignerView the engine returned (null before the first). */
  view(): DesignerView | null;
  /**
   * Engine progress: the newest input sent, the input of the result shown, when (performance.now())
   * that result was rendered, how long the engine took for it in its worker, and how many times
   * a text was sent to the worker whole instead of as edits.
   */
  engineStatus(): {
    requestedId: number;
    resultId: number;
    resultAt: number;
    engineMs: number;
    wholeTexts: number;
  };
}

declare global {
  interface Window {
    __designer?: DesignerTestApi;
  }
}
