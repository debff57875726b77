/**
 * The page's one way to the engine, which runs in a Web Worker (engine.worker.ts): views of the
 * design, version comparisons, encoded designs and backup tarballs, asked of `engine`; the React
 * hooks that read its latest view. The texts reach the worker's copies as edits rather than whole
 * texts (textSync.ts). Nothing else here is for outside use.
 */
export { engine, type BackupReadProgress, type EngineSnapshot, type LoadAnswer } from './client.ts';
export type {
  BackupLoaded,
  BackupOpened,
  BackupRefused,
  EncodePurpose,
  Encoded,
} from './protocol.ts';
export { recordEditorEdits } from './textSync.ts';
export { useDesignerView, useEnginePending, useEngineView } from './useEngineView.ts';
