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
  /** The localStorage key the open design is autosaved under. */
  savedDesignKey(): string;
  /** The latest DesignerView the engine returned (null before the first). */
  view(): DesignerView | null;
  /**
   * Engine progress: the input of the result shown, whether a newer input is being computed, when
   * (performance.now()) the result shown was rendered, and how long the engine took for it.
   */
  engineStatus(): {
    resultId: number;
    pending: boolean;
    resultAt: number;
    engineMs: number;
  };
}

declare global {
  interface Window {
    __designer?: DesignerTestApi;
  }
}
