import { lazy, Suspense } from 'react';
import type { DiffEditorProps } from './types.ts';

// Shares the Monaco chunk with the YAML editors; loads when the diff is first shown.
const DiffEditor = lazy(() => import('./DiffEditor.tsx').then((m) => ({ default: m.DiffEditor })));

/** The diff editor for features to use; never import DiffEditor.tsx or monaco.ts directly. */
export function LazyDiffEditor(props: DiffEditorProps) {
  return (
    <Suspense
      fallback={
        <div className="diff-editor yaml-editor--loading" role="status">
          Loading diff…
        </div>
      }
    >
      <DiffEditor {...props} />
    </Suspense>
  );
}
