// The one module that loads Monaco: the slim editor, the YAML language, workers and monaco-yaml.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml } from 'monaco-yaml';
import { withLegacyCreateWebWorker } from './legacyWebWorker.ts';
import { MARKER_OWNER, toMarkerData } from './markers.ts';
import { editorPaths, toModelUri } from './paths.ts';
import { createSchemaSettings } from './schemas/index.ts';
import { followSystemTheme } from './theme.ts';
import type { MarkerDiagnostic } from './types.ts';
import { installWorkers } from './workers.ts';

installWorkers();
followSystemTheme(monaco);

configureMonacoYaml(withLegacyCreateWebWorker(monaco), {
  enableSchemaRequest: false,
  hoverSchemaSource: false,
  completion: true,
  hover: true,
  // The schemas give completion and hover docs; diagnostics come from the engine alone, so the same
  // problem is never reported twice with two wordings.
  validate: false,
  schemas: createSchemaSettings({
    manifests: toModelUri(editorPaths.manifests),
    restore: toModelUri(editorPaths.restore),
  }),
});

/** Replaces the engine's markers (owner `restore-hooks`) on a model. */
export function setMarkers(
  model: monaco.editor.ITextModel,
  diagnostics: readonly MarkerDiagnostic[],
): void {
  monaco.editor.setModelMarkers(model, MARKER_OWNER, diagnostics.map(toMarkerData));
}

export { monaco };
