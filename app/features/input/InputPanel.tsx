import { useMemo } from 'react';
import { LazyYamlEditor } from '../../editor/LazyYamlEditor.tsx';
import { editorPaths } from '../../editor/paths.ts';
import { selectManifestsText, selectRestoreText } from '../../state/inputSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { Panel } from '../../components/Panel.tsx';
import { useDesignerView } from '../../state/useDesignerView.ts';
import { MANIFESTS_FILE, RESTORE_FILE, type Diagnostic } from '../../../src/index.ts';

const none: readonly Diagnostic[] = [];

/** The two authored inputs: the cluster's manifests and the Velero Restore object. */
export function InputPanel() {
  const manifestsText = useDesignerStore(selectManifestsText);
  const restoreText = useDesignerStore(selectRestoreText);
  const setManifestsText = useDesignerStore((state) => state.setManifestsText);
  const setRestoreText = useDesignerStore((state) => state.setRestoreText);
  const { view } = useDesignerView();
  const diagnostics = view?.diagnostics ?? none;
  const manifestMarkers = useMemo(
    () => diagnostics.filter((d) => d.file === MANIFESTS_FILE),
    [diagnostics],
  );
  const restoreMarkers = useMemo(
    () => diagnostics.filter((d) => d.file === RESTORE_FILE),
    [diagnostics],
  );

  return (
    <div className="input-panel">
      <Panel
        title="Manifests"
        description={
          <>
            Pods and workloads as in the backup; separate documents with <code>---</code>.
          </>
        }
      >
        <LazyYamlEditor
          path={editorPaths.manifests}
          ariaLabel="Manifests (YAML)"
          value={manifestsText}
          onChange={setManifestsText}
          markers={manifestMarkers}
        />
      </Panel>
      <Panel title="Restore" description="The velero.io/v1 Restore object with its hooks.">
        <LazyYamlEditor
          path={editorPaths.restore}
          ariaLabel="Restore (YAML)"
          value={restoreText}
          onChange={setRestoreText}
          markers={restoreMarkers}
        />
      </Panel>
    </div>
  );
}
