import { lazy, Suspense } from 'react';
import type { YamlEditorProps } from './types.ts';

// Monaco is ~1 MB gzip: it loads in its own chunk after the first screen is up.
const YamlEditor = lazy(() => import('./YamlEditor.tsx').then((m) => ({ default: m.YamlEditor })));

/** The YAML editor for features to use; never import YamlEditor.tsx or monaco.ts directly. */
export function LazyYamlEditor(props: YamlEditorProps) {
  return (
    <Suspense
      fallback={
        <div className="yaml-editor yaml-editor--loading" role="status">
          Loading editor…
        </div>
      }
    >
      <YamlEditor {...props} />
    </Suspense>
  );
}
