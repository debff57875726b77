import { useId } from 'react';
import { openDesignFiles } from '../state/openDesignFiles.ts';

/**
 * Open file: a real, focusable file input (visually replaced by its label) for one or more .yaml,
 * .yml or .json files; a velero.io Restore goes to the Restore editor, the rest to the manifests.
 * A Velero backup tarball (`velero backup download`) is told by its content and summarised.
 */
export function OpenFileButton() {
  const id = useId();
  return (
    <span className="file-action">
      <input
        id={id}
        type="file"
        className="file-action__input"
        multiple
        accept=".yaml,.yml,.json,.gz,.tgz,.tar,application/json,application/yaml,text/yaml,application/gzip"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          void openDesignFiles(files);
        }}
      />
      <label htmlFor={id} className="action-button file-action__label">
        Open file
      </label>
    </span>
  );
}
