/** The test API on `window.__designer`: e2e sets and reads the editors' texts through the store. */
export interface DesignerTestApi {
  getManifestsText(): string;
  setManifestsText(text: string): void;
  getRestoreText(): string;
  setRestoreText(text: string): void;
}

declare global {
  interface Window {
    __designer?: DesignerTestApi;
  }
}
