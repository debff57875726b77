import { useId, useMemo } from 'react';
import { describePodPlan, formatPodName, type PodView } from '../../../src/index.ts';
import { ExecHookList } from './ExecHookList.tsx';
import { HookMatchList } from './HookMatchList.tsx';
import { InitContainerList } from './InitContainerList.tsx';

/** One pod's plan. */
export function PodPlanCard({ pod }: { pod: PodView }) {
  const headingId = useId();
  const text = useMemo(() => describePodPlan(pod), [pod]);
  const { notRestored } = text;
  const remapped = pod.targetNamespace !== pod.namespace;
  return (
    <section className="pod-plan" aria-labelledby={headingId}>
      <header className="pod-plan__header">
        <h3 id={headingId} className="pod-plan__title">
          {formatPodName(pod)}
          {pod.nameDerived ? (
            <span
              className="pod-plan__badge"
              title="A workload's pod gets a generated name; this one stands for it"
            >
              derived name
            </span>
          ) : null}
          {pod.fromBackup ? (
            <span
              className="pod-plan__badge"
              title={`${pod.fromBackup.path} in backup ${pod.fromBackup.backup}: its annotation hooks are fixed in the backup`}
            >
              from the backup
            </span>
          ) : null}
        </h3>
        <p className="pod-plan__meta">
          {pod.kind === 'Pod' ? 'Pod' : `from ${pod.kind} ${pod.owner}`} ·{' '}
          {pod.namespaceDefaulted ? (
            <>
              no namespace in the manifest: planned as <code>{pod.namespace}</code> (kubectl&apos;s
              namespace when the context sets none)
            </>
          ) : (
            <>
              namespace <code>{pod.namespace}</code>
            </>
          )}
          {remapped ? (
            <>
              {' '}
              → <code>{pod.targetNamespace}</code> (namespaceMapping)
            </>
          ) : null}
        </p>
      </header>
      {notRestored ? (
        <p className="plan__alert" role={notRestored.failure ? 'alert' : undefined}>
          <strong>{notRestored.headline}:</strong> {notRestored.reason}
        </p>
      ) : null}
      <InitContainerList init={text.init} />
      <ExecHookList exec={text.exec} />
      <HookMatchList pod={pod} />
    </section>
  );
}
