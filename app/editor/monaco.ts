// The one module that loads Monaco: the slim editor, the YAML language, workers and monaco-yaml.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml } from 'monaco-yaml';
import { diagnosticLink, openDiagnosticLink, parseDiagnosticLink } from './diagnosticLinks.ts';
import { withLegacyCreateWebWorker } from './legacyWebWorker.ts';
import { MARKER_OWNER, toMarkerData } from './markers.ts';
import { editorPaths, toModelUri } from './paths.ts';
import { installQuickFixes, recordFixes } from './quickFixes.ts';
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

installQuickFixes(monaco);

// A marker's code links to its reference entry in the page; never navigate away for it.
monaco.editor.registerLinkOpener({
  open(resource) {
    const code = parseDiagnosticLink(resource.toString(true));
    return code !== null && openDiagnosticLink(code);
  },
});

const linkFor = (code: string) => monaco.Uri.parse(diagnosticLink(code));

/**
 * Replaces the engine's markers (owner `restore-hooks`) on a model and remembers their fixes;
 * `current`: computed from the texts the editors hold now (see quickFixes.ts).
 */
export function setMarkers(
  model: monaco.editor.ITextModel,
  diagnostics: readonly MarkerDiagnostic[],
  current: boolean,
): void {
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    diagnostics.map((d) => toMarkerData(d, linkFor)),
  );
  recordFixes(monaco, model, diagnostics, current);
}

export { monaco };
