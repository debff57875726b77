import { useDeferredValue, useId, useMemo } from 'react';
import { PodOptions } from '../../components/PodOptions.tsx';
import { selectManifestsText, selectRestoreText } from '../../state/inputSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { selectExportPod } from '../../state/viewSlice.ts';
import { useEngineView } from '../../engine/index.ts';
import {
  findChosenPod,
  formatNamespacedName,
  formatPodName,
  type PodListItem,
} from '../../../src/index.ts';
import { ExportBlock } from './ExportBlock.tsx';
import { describeProblem, exportPod, restoreManifest, makeSafeFileName } from './exportPod.ts';
import { COUNTED_CHARS } from './preview.ts';
import { useAnnouncer } from './useAnnouncer.ts';
import './export.css';

/** Everything to take to a cluster: per pod annotations and kubectl, the Restore, the restored objects. */
export function ExportTab() {
  const view = useEngineView();
  const restoreText = useDesignerStore(selectRestoreText);
  const podKey = useDesignerStore(selectExportPod);
  const showExportPod = useDesignerStore((s) => s.showExportPod);
  const [message, announce] = useAnnouncer();
  const selectId = useId();
  // Undefined for a moment after another pod is picked: its view is on its way from the engine.
  const pod = view ? findChosenPod(view, podKey, 'first') : undefined;
  // Generating YAML takes milliseconds: once per view of the pod, which a result that leaves the
  // pod as it was brings as the same object, not at every drawing of the tab.
  const podExport = useMemo(() => (pod ? exportPod(pod) : null), [pod]);
  if (!view) return <p className="results-empty">Waiting for the engine…</p>;

  const pods = view.podList;

  return (
    <div className="export">
      <div className="export__toolbar">
        <label htmlFor={selectId}>Pod</label>
        <select
          id={selectId}
          value={pod?.key ?? podKey ?? ''}
          onChange={(event) => showExportPod(event.target.value)}
          disabled={pods.length === 0}
        >
          <PodOptions pods={pods} label={optionLabel} />
        </select>
        <p className="export__status" role="status" aria-live="polite">
          {message}
        </p>
      </div>
      {/* Not manifestsText.trim(): that would copy a 4 MB text at every engine result. */}
      {pods.length > 0 ? <ManifestsExport announce={announce} /> : null}
      {pod && podExport ? (
        <>
          <ExportBlock
            title="Annotations"
            description={
              <>
                The hook annotations of {formatPodName(pod)}, laid out as its {pod.kind} manifest
                is, to paste in without re-indenting.
              </>
            }
            content={podExport.annotationsYaml}
            describe={(p) => describeProblem(p, podExport.hooks)}
            fileName={makeSafeFileName(`${pod.owner}-annotations`, 'yaml')}
            mimeType="application/yaml"
            announce={announce}
          />
          <ExportBlock
            title="kubectl command"
            description="Annotates the live object before the backup; keys left from an earlier design are removed."
            content={podExport.kubectl}
            describe={(p) => describeProblem(p, podExport.hooks)}
            fileName={makeSafeFileName(`${pod.owner}-annotate`, 'sh')}
            mimeType="text/x-shellscript"
            announce={announce}
          />
        </>
      ) : pod === undefined ? (
        <p className="export__note" role="status">
          Reading the pod…
        </p>
      ) : pod ? (
        <p className="export__note">
          {formatPodName(pod)} has no restore-hook annotations: its hooks, if any, come from the
          Restore.
        </p>
      ) : (
        <p className="export__note">No pods in the manifests.</p>
      )}
      <ExportBlock
        title="Restore manifest"
        description="The velero.io/v1 Restore to create in the Velero namespace."
        content={restoreManifest(restoreText, view.restore)}
        describe={noProblems}
        fileName={makeSafeFileName(view.restore.name || 'restore', 'yaml')}
        mimeType="application/yaml"
        announce={announce}
      />
      <ExportBlock
        title="Restored objects (full restore)"
        description={`Every object as Velero ${view.veleroVersion} creates it, with all of Velero's changes.`}
        content={{ kind: 'ok', value: view.restored?.full ?? '', notes: [] }}
        describe={noProblems}
        fileName="restored-full.yaml"
        mimeType="application/yaml"
        announce={announce}
      />
      <ExportBlock
        title="Restored objects (hooks only)"
        description={`Every object with only the restore hooks' changes, as Velero ${view.veleroVersion} makes them.`}
        content={{ kind: 'ok', value: view.restored?.hooksOnly ?? '', notes: [] }}
        describe={noProblems}
        fileName="restored-hooks-only.yaml"
        mimeType="application/yaml"
        announce={announce}
      />
    </div>
  );
}

/**
 * The Manifests editor's text: drawn at every keystroke, so apart from the tab, and in a task of
 * its own once the keystroke is handled (its preview reads the text afresh).
 */
function ManifestsExport({ announce }: { announce: (message: string) => void }) {
  const manifestsText = useDeferredValue(useDesignerStore(selectManifestsText));
  return (
    <ExportBlock
      title="Manifests with the hooks"
      description="The Manifests editor's text as it is now: the hooks in place, your comments and layout kept. Apply it, or commit it beside your other manifests."
      content={{ kind: 'ok', value: manifestsText, notes: [] }}
      describe={noProblems}
      fileName="manifests-with-hooks.yaml"
      previewUpTo={COUNTED_CHARS}
      mimeType="application/yaml"
      announce={announce}
    />
  );
}

const noProblems = (p: { message: string }) => p.message;

const optionLabel = (p: PodListItem) =>
  formatNamespacedName(p.namespaceDefaulted ? '' : p.namespace, p.name) +
  (p.kind === 'Pod' ? '' : ` (${p.kind} ${p.owner})`);
