import { useMemo } from 'react';
import {
  findRestore,
  getIn,
  RESTORE_FILE,
  type DesignerView,
  type PodView,
} from '../../../../src/index.ts';
import { selectRestoreText } from '../../../state/inputSlice.ts';
import { useDesignerStore } from '../../../state/store.ts';
import { findDiagnosticsAt, findDiagnosticsBeside } from '../diagnosticsAt.ts';
import { useRestoreEdit } from '../useTextEdit.ts';
import { NoRestore } from './NoRestore.tsx';
import { ResourceHookList } from './ResourceHookList.tsx';
import type { SpecAccess } from './specAccess.ts';

interface SpecHooksProps {
  view: DesignerView;
  target: PodView | null;
}

/**
 * The Restore's `spec.hooks.resources`, read from the Restore text as it is now (a synchronous
 * parse of that one small text), so the form never lags what the user typed.
 */
export function SpecHooks({ view, target }: SpecHooksProps) {
  const restoreText = useDesignerStore(selectRestoreText);
  const restore = useMemo(() => findRestore(restoreText), [restoreText]);
  const edit = useRestoreEdit(restore?.document ?? 0);
  if (!restore) return <NoRestore blank={restoreText.trim() === ''} />;
  const { document } = restore;
  const mine = findDiagnosticsAt(view.diagnostics, RESTORE_FILE, document, restore.path);
  const access: SpecAccess = {
    edit,
    findings: (path) => findDiagnosticsAt(mine, RESTORE_FILE, document, path),
    beside: (path, shown) => findDiagnosticsBeside(mine, RESTORE_FILE, document, path, shown),
    target,
    readTarget: (path) =>
      target
        ? getIn(useDesignerStore.getState().manifestsText, target.document, [
            ...target.podPath,
            ...path,
          ])
        : undefined,
  };
  return (
    <ResourceHookList
      restore={restore}
      access={access}
      selections={view.hookSelections}
      podCount={view.podList.length}
      validationErrors={view.restore.validationErrors}
    />
  );
}
