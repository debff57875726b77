import type * as Monaco from 'monaco-editor/editor';
import { LARGE_YAML_LANGUAGE } from './largeModel.ts';
import { rangesTouch } from './markers.ts';
import { toModelUri } from './paths.ts';
import type { EditorRange, MarkerDiagnostic, MarkerFix } from './types.ts';

type MonacoApi = typeof Monaco;

interface ModelFixes {
  diagnostics: readonly MarkerDiagnostic[];
  /** Version of every model when the diagnostics were current; null: they are stale. */
  versions: Map<string, number> | null;
}

const fixesByModel = new Map<string, ModelFixes>();

/**
 * Remembers the diagnostics (with their fixes) shown on `model`. Only when `current` (computed from
 * the texts the models hold now) are their fixes offered, and only until any model changes.
 */
export function recordFixes(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  diagnostics: readonly MarkerDiagnostic[],
  current: boolean,
): void {
  const versions = current
    ? new Map(editableModels(monaco).map((m) => [m.uri.toString(), m.getVersionId()]))
    : null;
  fixesByModel.set(model.uri.toString(), { diagnostics, versions });
}

export function forgetFixes(model: Monaco.editor.ITextModel): void {
  fixesByModel.delete(model.uri.toString());
}

function toRange(monaco: MonacoApi, range: EditorRange): Monaco.Range {
  return new monaco.Range(range.start.line, range.start.column, range.end.line, range.end.column);
}

function fromRange(range: Monaco.IRange): EditorRange {
  return {
    start: { line: range.startLineNumber, column: range.startColumn },
    end: { line: range.endLineNumber, column: range.endColumn },
  };
}

/** The editors' models (`file:` URIs); the diff's read-only models use another scheme. */
function editableModels(monaco: MonacoApi): Monaco.editor.ITextModel[] {
  return monaco.editor.getModels().filter((m) => m.uri.scheme === 'file');
}

function isUnchanged(monaco: MonacoApi, versions: Map<string, number>): boolean {
  return editableModels(monaco).every((m) => versions.get(m.uri.toString()) === m.getVersionId());
}

function quickFixesAt(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  range: Monaco.Range,
  markers: readonly Monaco.editor.IMarkerData[],
): Monaco.languages.CodeAction[] {
  const entry = fixesByModel.get(model.uri.toString());
  if (!entry?.versions || !isUnchanged(monaco, entry.versions)) return [];
  const versions = entry.versions;
  const actions: Monaco.languages.CodeAction[] = [];
  for (const diagnostic of entry.diagnostics) {
    const fix = diagnostic.fix;
    if (!fix || !rangesTouch(diagnostic.range, fromRange(range))) continue;
    const edits = workspaceEdits(monaco, fix, versions);
    if (!edits) continue;
    actions.push({
      title: fix.title,
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: markers.filter(
        (m) =>
          m.code === diagnostic.code || (m.code as { value?: string })?.value === diagnostic.code,
      ),
      edit: { edits },
    });
  }
  return actions;
}

/**
 * The edits of a fix in every model it touches (both editors, for a fix that moves a hook into the
 * Restore), applied together; null when one of its models is missing, since half a fix is wrong.
 */
function workspaceEdits(
  monaco: MonacoApi,
  fix: MarkerFix,
  versions: Map<string, number>,
): Monaco.languages.IWorkspaceTextEdit[] | null {
  const out: Monaco.languages.IWorkspaceTextEdit[] = [];
  for (const { file, edits } of [fix, ...(fix.otherFiles ?? [])]) {
    const target = monaco.editor.getModel(monaco.Uri.parse(toModelUri(file)));
    if (!target) return null;
    const resource = target.uri;
    for (const edit of edits) {
      out.push({
        resource,
        versionId: versions.get(resource.toString()),
        textEdit: { range: toRange(monaco, edit.range), text: edit.text },
      });
    }
  }
  return out;
}

/** Offers the engine's fixes as Monaco quick fixes (Ctrl+. or the marker hover); undoable edits. */
export function installQuickFixes(monaco: MonacoApi): void {
  monaco.languages.registerCodeActionProvider(
    ['yaml', LARGE_YAML_LANGUAGE],
    {
      provideCodeActions: (model, range, context) => ({
        actions: quickFixesAt(monaco, model, range, context.markers),
        dispose: () => undefined,
      }),
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
