import { useMemo } from 'react';
import { LazyYamlEditor } from '../../editor/LazyYamlEditor.tsx';
import { LARGE_MODEL_CHARS } from '../../editor/largeModel.ts';
import { editorPaths } from '../../editor/paths.ts';
import { selectManifestsText, selectRestoreText } from '../../state/inputSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { Panel } from '../../components/Panel.tsx';
import { recordEditorEdits, useDesignerView } from '../../engine/index.ts';
import type { EditorTextEdit } from '../../editor/types.ts';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { RestoreDescription } from './RestoreDescription.tsx';
import { MANIFESTS_FILE, RESTORE_FILE, type Diagnostic } from '../../../src/index.ts';

const none: readonly Diagnostic[] = [];

/** The two authored inputs (the cluster's manifests and the Velero Restore object) and their problems. */
export function InputPanel() {
  const manifestsText = useDesignerStore(selectManifestsText);
  const restoreText = useDesignerStore(selectRestoreText);
  const setManifestsText = useDesignerStore((state) => state.setManifestsText);
  const setRestoreText = useDesignerStore((state) => state.setRestoreText);
  // What each keystroke changed goes to the engine's text sync, the text to the store.
  const typedManifests = (text: string, edits?: EditorTextEdit[]) => {
    recordEditorEdits('manifestsText', useDesignerStore.getState().manifestsText, text, edits);
    setManifestsText(text);
  };
  const typedRestore = (text: string, edits?: EditorTextEdit[]) => {
    recordEditorEdits('restoreText', useDesignerStore.getState().restoreText, text, edits);
    setRestoreText(text);
  };
  const { view, pending } = useDesignerView();
  const diagnostics = view?.diagnostics ?? none;
  const manifestMarkers = useMemo(
    () => diagnostics.filter((d) => d.file === MANIFESTS_FILE),
    [diagnostics],
  );
  const restoreMarkers = useMemo(
    () => diagnostics.filter((d) => d.file === RESTORE_FILE),
    [diagnostics],
  );
  // Quick fixes are only offered for diagnostics of the texts the editors show now.
  const markersCurrent = view !== null && !pending;

  return (
    <div className="input-panel">
      <Panel
        title="Manifests"
        className="input-panel__editor"
        description={
          <>
            Pods and workloads as backed up, separated by <code>---</code>.
            {manifestsText.length > LARGE_MODEL_CHARS ? (
              <> Over 1 MB: no colours, folding or sticky scroll, so that typing stays quick.</>
            ) : null}
          </>
        }
      >
        <LazyYamlEditor
          path={editorPaths.manifests}
          ariaLabel="Manifests (YAML)"
          value={manifestsText}
          onChange={typedManifests}
          markers={manifestMarkers}
          markersCurrent={markersCurrent}
        />
      </Panel>
      <Panel title="Restore" className="input-panel__editor" description={<RestoreDescription />}>
        <LazyYamlEditor
          path={editorPaths.restore}
          ariaLabel="Restore (YAML)"
          value={restoreText}
          onChange={typedRestore}
          markers={restoreMarkers}
          markersCurrent={markersCurrent}
        />
      </Panel>
      <ProblemsPanel />
    </div>
  );
}
