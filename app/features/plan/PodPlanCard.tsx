import { useId } from 'react';
import type { PodView } from '../../../src/index.ts';
import { ExecHookList } from './ExecHookList.tsx';
import { HookMatchList } from './HookMatchList.tsx';
import { InitContainerList } from './InitContainerList.tsx';

/** One pod's plan. */
export function PodPlanCard({ pod }: { pod: PodView }) {
  const headingId = useId();
  const remapped = pod.targetNamespace !== pod.namespace;
  return (
    <section className="pod-plan" aria-labelledby={headingId}>
      <header className="pod-plan__header">
        <h3 id={headingId} className="pod-plan__title">
          Pod {pod.namespace}/{pod.name}
          {pod.nameDerived ? (
            <span
              className="pod-plan__badge"
              title="A workload's pod gets a generated name; this one stands for it"
            >
              derived name
            </span>
          ) : null}
        </h3>
        <p className="pod-plan__meta">
          {pod.kind === 'Pod' ? 'Pod' : `from ${pod.kind} ${pod.owner}`} · namespace{' '}
          <code>{pod.namespace}</code>
          {remapped ? (
            <>
              {' '}
              → <code>{pod.targetNamespace}</code> (namespaceMapping)
            </>
          ) : null}
        </p>
      </header>
      {pod.error ? (
        <p className="plan__alert" role="alert">
          <strong>
            {pod.errorKind === 'panic' ? 'Velero panics' : 'Velero fails'}; the pod is not restored:
          </strong>{' '}
          {pod.error}
        </p>
      ) : null}
      {pod.skipReason ? (
        <p className="plan__alert">
          <strong>Velero does not restore this pod ({pod.skipReason}):</strong>{' '}
          {pod.notRestoredReason}
        </p>
      ) : null}
      <InitContainerList pod={pod} />
      <ExecHookList pod={pod} />
      <HookMatchList pod={pod} />
    </section>
  );
}
