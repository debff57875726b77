import { selectDesignerTarget } from '../../state/designerSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { AnnotationHooks } from './annotations/AnnotationHooks.tsx';
import { DesignerToolbar } from './DesignerToolbar.tsx';
import { SpecHooks } from './spec/SpecHooks.tsx';
import { useHookPlace } from './useHookPlace.ts';
import { useEngineView } from '../../engine/index.ts';
import { findWantedPod } from '../../../src/index.ts';
import './designer.css';

/**
 * The hook designer: a form over the two texts. Every value is read from the text (through the
 * engine's view or a direct read) and every edit is written back into it with `setIn`.
 */
export function DesignerTab() {
  const view = useEngineView();
  const targetKey = useDesignerStore(selectDesignerTarget);
  const listed = view ? (findWantedPod(view, targetKey, 'first') ?? null) : null;
  // Undefined for a moment after another pod is picked: its view is on its way from the engine.
  const target = listed ? view?.pods.find((p) => p.key === listed.key) : null;
  const { place } = useHookPlace(listed);
  if (!view) {
    return (
      <p className="hd-loading" role="status">
        Reading the input…
      </p>
    );
  }
  return (
    <div className="hd">
      <DesignerToolbar pods={view.podList} target={listed} />
      {target === undefined ? (
        <p className="hd-loading" role="status">
          Reading the pod…
        </p>
      ) : place === 'spec' ? (
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
