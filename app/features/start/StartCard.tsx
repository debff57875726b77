import { HideablePanel } from '../../components/HideablePanel.tsx';
import { ToggleButton } from '../../components/ToggleButton.tsx';
import { showStartCard, useDisplayStore } from '../../state/display.ts';
import { useDesignerStore } from '../../state/store.ts';
import './start.css';

/**
 * The first minute: what the two editors are, where the results appear, and three things to try.
 * Shown beside the results until hidden ("Got it"); the header's "Start here" brings it back. It
 * never covers anything: the results take the height it leaves.
 */
export function StartCard() {
  const shown = useDisplayStore((s) => s.startCard);
  const showResultTab = useDesignerStore((s) => s.showResultTab);
  if (!shown) return null;
  const open = (tab: string) => () => showResultTab(tab);
  return (
    <HideablePanel
      block="start-card"
      title="Start here"
      hideLabel="Got it"
      onHide={() => showStartCard(false)}
    >
      <p>
        <strong>Manifests</strong> (left, top) holds your Pods, Deployments or StatefulSets: paste
        them or open a file. Annotation hooks live there. <strong>Restore</strong> (left, below) is
        the <code>velero.io/v1</code> Restore, with hooks in its <code>spec.hooks</code>. The tabs
        here show what the Velero release picked in the header would do with both, checked as you
        type; nothing leaves this page.
      </p>
      <ol className="start-card__tries">
        <li>
          <span>Add or change a hook in a form: the text is written as you type.</span>
          <button type="button" className="action-button" onClick={open('design')}>
            Open Design
          </button>
        </li>
        <li>
          <span>Play the restore: when each exec hook runs, and what Velero reports.</span>
          <button type="button" className="action-button" onClick={open('timeline')}>
            Open Timeline
          </button>
        </li>
        <li>
          <span>
            Follow a worked example and its lesson: <strong>Examples</strong> in the header.
          </span>
        </li>
      </ol>
    </HideablePanel>
  );
}

/** The header's way back to the start card. */
export function StartButton() {
  const shown = useDisplayStore((s) => s.startCard);
  return (
    <ToggleButton className="action-button start-button" pressed={shown} onToggle={showStartCard}>
      Start here
    </ToggleButton>
  );
}
