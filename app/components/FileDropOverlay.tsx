import { useEffect, useState } from 'react';
import { openDesignFiles } from '../state/openDesignFiles.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped anywhere on the page (the editors included) are opened like "Open file"; while
 * files are dragged, an overlay says so. Listens in the capture phase, before Monaco, and only for
 * file drags, so dragging text inside an editor works as before.
 */
export function FileDropOverlay() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      void openDesignFiles([...(event.dataTransfer?.files ?? [])]);
    };
    const options = { capture: true };
    addEventListener('dragenter', onEnter, options);
    addEventListener('dragleave', onLeave, options);
    addEventListener('dragover', onOver, options);
    addEventListener('drop', onDrop, options);
    return () => {
      removeEventListener('dragenter', onEnter, options);
      removeEventListener('dragleave', onLeave, options);
      removeEventListener('dragover', onOver, options);
      removeEventListener('drop', onDrop, options);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay__message">
        Drop .yaml, .yml or .json files to open them: a velero.io Restore goes to the Restore
        editor, everything else to Manifests. Drop a backup tarball to choose the pods to load.
      </p>
    </div>
  );
}
