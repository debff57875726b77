import { LazyYamlEditor } from '../../editor/LazyYamlEditor.tsx';
import { editorPaths } from '../../editor/paths.ts';
import { selectManifestsText, selectRestoreText } from '../../state/inputSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { Panel } from '../../components/Panel.tsx';

/** The two authored inputs: the cluster's manifests and the Velero Restore object. */
export function InputPanel() {
  const manifestsText = useDesignerStore(selectManifestsText);
  const restoreText = useDesignerStore(selectRestoreText);
  const setManifestsText = useDesignerStore((state) => state.setManifestsText);
  const setRestoreText = useDesignerStore((state) => state.setRestoreText);

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
        />
      </Panel>
      <Panel title="Restore" description="The velero.io/v1 Restore object with its hooks.">
        <LazyYamlEditor
          path={editorPaths.restore}
          ariaLabel="Restore (YAML)"
          value={restoreText}
          onChange={setRestoreText}
        />
      </Panel>
    </div>
  );
}
