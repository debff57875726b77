import { useId } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import {
  chooseBackupNamespace,
  closeBackup,
  loadChosenPods,
  selectChosenPods,
  setBackupLabelSelector,
  useBackupImport,
} from '../../state/backupImport.ts';
import { BackupProgress } from './BackupProgress.tsx';
import './backup.css';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A backup tarball being read (its progress), then its summary (format, items by kind and
 * namespace, pods that already carry hook annotations) and the choice of namespaces whose pods
 * replace the Manifests. One dialog for both, opened when the reading starts: showing a modal
 * dialog restyles the whole page, a cost better paid while the worker reads than when it answers.
 */
export function BackupDialog() {
  const state = useBackupImport();
  const chosenPods = useBackupImport(selectChosenPods);
  const title =
    state.kind === 'summary'
      ? `Backup ${state.opened.name}`
      : state.kind === 'reading'
        ? `Reading backup ${state.fileName}`
        : 'Backup';
  return (
    <Dialog
      open={state.kind !== 'idle'}
      title={title}
      onClose={closeBackup}
      className="dialog--wide backup-dialog"
    >
      {state.kind === 'summary' ? (
        <BackupSummaryBody state={state} chosenPods={chosenPods} />
      ) : (
        <BackupProgress />
      )}
    </Dialog>
  );
}

type SummaryState = Extract<ReturnType<typeof useBackupImport.getState>, { kind: 'summary' }>;

type ChosenPods = ReturnType<typeof selectChosenPods>;

function describeChosen(chosenPods: ChosenPods): string {
  if (chosenPods === null) return 'Counting the pods…';
  if (typeof chosenPods !== 'number') return `Label selector: ${chosenPods.error}.`;
  return `${plural(chosenPods, 'pod', 'pods')} will be loaded into Manifests, replacing its text.`;
}

function BackupSummaryBody({ state, chosenPods }: { state: SummaryState; chosenPods: ChosenPods }) {
  const { opened, chosen, loading, labelSelector } = state;
  const selectorId = useId();
  const count = typeof chosenPods === 'number' ? chosenPods : 0;
  const { summary } = opened;
  const podsIn = new Map(opened.podsByNamespace.map((n) => [n.namespace, n.pods]));
  const kindsId = useId();
  const hookPodsId = useId();
  return (
    <>
      <p>
        {opened.fileName}: format version {summary.formatVersion ?? 'missing'},{' '}
        {plural(summary.items, 'item', 'items')} the restore reads,{' '}
        {plural(summary.pods, 'pod', 'pods')}.
      </p>
      <div className="backup-dialog__columns">
        <section aria-labelledby={kindsId}>
          <h3 id={kindsId} className="backup-dialog__heading">
            By kind
          </h3>
          <table className="backup-dialog__table">
            <tbody>
              {summary.resources.map((r) => (
                <tr key={r.groupResource}>
                  <th scope="row">{r.kind || r.groupResource}</th>
                  <td>{r.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <fieldset className="backup-dialog__namespaces">
          <legend className="backup-dialog__heading">Namespaces to load</legend>
          {summary.namespaces
            .filter((n) => n.namespace !== '')
            .map((n) => {
              const pods = podsIn.get(n.namespace) ?? 0;
              return (
                <label key={n.namespace} className="backup-dialog__namespace">
                  <input
                    type="checkbox"
                    checked={chosen.includes(n.namespace)}
                    disabled={pods === 0}
                    onChange={(e) => chooseBackupNamespace(n.namespace, e.currentTarget.checked)}
                  />
                  {n.namespace}{' '}
                  <span className="backup-dialog__count">
                    ({plural(n.items, 'item', 'items')}, {plural(pods, 'pod', 'pods')})
                  </span>
                </label>
              );
            })}
        </fieldset>
      </div>
      <div className="backup-dialog__selector">
        <label htmlFor={selectorId}>Label selector</label>
        <input
          id={selectorId}
          type="text"
          className="backup-dialog__selector-input"
          spellCheck={false}
          placeholder="e.g. app=db,tier!=cache (no namespace ticked: every namespace)"
          value={labelSelector}
          onChange={(e) => setBackupLabelSelector(e.currentTarget.value)}
        />
      </div>
      <section aria-labelledby={hookPodsId}>
        <h3 id={hookPodsId} className="backup-dialog__heading">
          Pods that already carry hook annotations
        </h3>
        {summary.hookPods.length === 0 ? (
          <p>None: every hook will come from the Restore.</p>
        ) : (
          <ul className="backup-dialog__hook-pods">
            {summary.hookPods.map((p) => (
              <li key={p.path}>
                {p.namespace}/{p.name}: {p.annotations.join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="dialog__actions">
        <p className="backup-dialog__will-load" role="status">
          {describeChosen(chosenPods)}
        </p>
        <button
          type="button"
          className="action-button"
          disabled={count === 0 || loading}
          onClick={() => void loadChosenPods()}
        >
          Load {plural(count, 'pod', 'pods')}
        </button>
      </div>
    </>
  );
}
