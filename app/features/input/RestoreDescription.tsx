import { useEngineView } from '../../engine/index.ts';
import { updateDesign } from '../../state/designChanges.ts';
import { defaultRestoreText } from '../../state/defaults.ts';
import { useDesignerStore } from '../../state/store.ts';

/**
 * The Restore panel's description. The first example's Restore stays when a user pastes their own manifests over the example's; its
 * hooks then select none of their pods. Said once, above the Restore, with a way to start from an
 * empty Restore (Undo in the notice brings the example's back).
 */
export function RestoreDescription() {
  const restoreText = useDesignerStore((s) => s.restoreText);
  const view = useEngineView();
  const selectsNone =
    restoreText === defaultRestoreText &&
    view !== null &&
    view.podList.length > 0 &&
    view.hookSelections.every((s) => s.selected === 0);
  if (!selectsNone) return <>The velero.io/v1 Restore object with its hooks.</>;
  return (
    <span className="example-restore-note">
      This is the first example’s Restore: its hooks select none of your pods.{' '}
      <button
        type="button"
        className="action-button"
        onClick={() =>
          updateDesign(
            { restoreText: '' },
            'The example’s Restore was removed. Write or paste your own.',
          )
        }
      >
        Start from an empty Restore
      </button>
    </span>
  );
}
