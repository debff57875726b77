import { useDesignerStore } from '../../../state/store.ts';

/** A Restore to start from: the hooks go under `spec.hooks.resources`. */
const starterRestore = `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: restore-with-hooks
  namespace: velero
spec:
  backupName: my-backup
`;

/** Shown when the Restore text holds no velero.io Restore. */
export function NoRestore({ blank }: { blank: boolean }) {
  const setRestoreText = useDesignerStore((s) => s.setRestoreText);
  if (!blank) {
    return (
      <p className="hd-empty">
        The Restore editor holds no readable <code>velero.io/v1</code> Restore. Fix it there (see
        the editor&apos;s markers) to design its hooks here.
      </p>
    );
  }
  return (
    <div className="hd-empty">
      <p>The Restore editor is empty. Hooks in the Restore live under spec.hooks.resources.</p>
      <button type="button" className="hd-button" onClick={() => setRestoreText(starterRestore)}>
        Start a Restore
      </button>
    </div>
  );
}
