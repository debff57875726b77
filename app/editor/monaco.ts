// The one module that loads Monaco: the slim editor, the YAML language, workers and monaco-yaml.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import { conf as yamlConfiguration } from 'monaco-editor/languages/definitions/yaml/yaml';
import { configureMonacoYaml, type MonacoYamlOptions } from 'monaco-yaml';
import { buildDiagnosticLink, openDiagnosticLink, parseDiagnosticLink } from './diagnosticLinks.ts';
import { LARGE_YAML_LANGUAGE, modelLanguage } from './largeModel.ts';
import { withLegacyCreateWebWorker } from './legacyWebWorker.ts';
import { editTouchesMarkers, MARKER_OWNER, sameMarkers, toMarkerData } from './markers.ts';
import { editorPaths, toModelUri } from './paths.ts';
import { installQuickFixes, recordFixes } from './quickFixes.ts';
import { createSchemaSettings } from './schemas/index.ts';
import { followPageDisplay } from './theme.ts';
import type { MarkerDiagnostic } from './types.ts';
import { installWorkers } from './workers.ts';

installWorkers();
followPageDisplay(monaco);

monaco.languages.register({ id: LARGE_YAML_LANGUAGE, aliases: ['YAML (large)'] });
monaco.languages.setLanguageConfiguration(LARGE_YAML_LANGUAGE, yamlConfiguration);

const yamlOptions: MonacoYamlOptions = {
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
};
const monacoYaml = configureMonacoYaml(withLegacyCreateWebWorker(monaco), yamlOptions);

/**
 * Gives `model` YAML's language, or a large text's (see largeModel.ts). When a text grows large,
 * the YAML worker is started afresh, so that it forgets the text: a request made while the text
 * was small can still be waiting for the worker's first start when it grows, and the worker then
 * answers it from the large text. On a 4 MB manifest and a busy machine, the document symbols and
 * folding ranges of 150,000 lines arrived while the user typed, and the page spent over a second
 * unpacking them in one task.
 */
export function setModelLargeness(model: monaco.editor.ITextModel, large: boolean): void {
  const language = modelLanguage(large);
  if (model.getLanguageId() === language) return;
  monaco.editor.setModelLanguage(model, language);
  if (large) void monacoYaml.update(yamlOptions);
}

installQuickFixes(monaco);

// A marker's code links to its reference entry in the page; never navigate away for it.
monaco.editor.registerLinkOpener({
  open(resource) {
    const code = parseDiagnosticLink(resource.toString(true));
    return code !== null && openDiagnosticLink(code);
  },
});

// One link per code: thousands of markers share a few dozen codes.
const links = new Map<string, monaco.Uri>();
const linkFor = (code: string) => {
  let link = links.get(code);
  if (!link) links.set(code, (link = monaco.Uri.parse(buildDiagnosticLink(code))));
  return link;
};

interface ShownMarkers {
  diagnostics: readonly MarkerDiagnostic[];
  /** An edit touched a line of the markers since they were set: their squiggles may have moved. */
  touched: boolean;
  listener: monaco.IDisposable;
}

const shown = new WeakMap<monaco.editor.ITextModel, ShownMarkers>();

/**
 * Replaces the engine's markers (owner `restore-hooks`) on a model and remembers their fixes;
 * `current`: computed from the texts the editors hold now (see quickFixes.ts). The markers are only
 * set again when they changed, or when an edit touched their lines (Monaco moves squiggles with the
 * text): with thousands of markers, setting them takes longer than a frame.
 */
export function setMarkers(
  model: monaco.editor.ITextModel,
  diagnostics: readonly MarkerDiagnostic[],
  current: boolean,
): void {
  let entry = shown.get(model);
  if (!entry || entry.touched || !sameMarkers(entry.diagnostics, diagnostics)) {
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      diagnostics.map((d) => toMarkerData(d, linkFor)),
    );
    if (!entry) {
      const created: ShownMarkers = {
        diagnostics,
        touched: false,
        listener: model.onDidChangeContent((event) => {
          if (created.touched) return;
          created.touched = event.changes.some((c) =>
            editTouchesMarkers(created.diagnostics, c.range.startLineNumber, c.range.endLineNumber),
          );
        }),
      };
      model.onWillDispose(() => created.listener.dispose());
      shown.set(model, (entry = created));
    }
    entry.diagnostics = diagnostics;
    entry.touched = false;
  } else {
    // The same markers: keep the newest list, whose fixes are the ones recorded below.
    entry.diagnostics = diagnostics;
  }
  recordFixes(monaco, model, diagnostics, current);
}

export { monaco };
