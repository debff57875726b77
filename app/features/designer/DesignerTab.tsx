import { selectDesignerTarget, selectHookPlace } from '../../state/designerSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { AnnotationHooks } from './annotations/AnnotationHooks.tsx';
import { DesignerToolbar } from './DesignerToolbar.tsx';
import { SpecHooks } from './spec/SpecHooks.tsx';
import { useEngineView } from '../../engine/index.ts';
import './designer.css';

/**
 * The hook designer: a form over the two texts. Every value is read from the text (through the
 * engine's view or a direct read) and every edit is written back into it with `setIn`.
 */
export function DesignerTab() {
  const view = useEngineView();
  const place = useDesignerStore(selectHookPlace);
  const targetKey = useDesignerStore(selectDesignerTarget);
  if (!view) {
    return (
      <p className="hd-loading" role="status">
        Reading the input…
      </p>
    );
  }
  const target = view.pods.find((p) => p.key === targetKey) ?? view.pods[0] ?? null;
  return (
    <div className="hd">
      <DesignerToolbar pods={view.pods} target={target} />
      {place === 'spec' ? (
        <SpecHooks view={view} target={target} />
      ) : target ? (
        <AnnotationHooks pod={target} diagnostics={view.diagnostics} />
      ) : (
        <p className="hd-empty">
          The Manifests hold no Pod or workload with a pod template. Add one in the Manifests editor
          to design its annotations.
        </p>
      )}
    </div>
  );
}
