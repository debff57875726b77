import type { PodView } from '../../../src/index.ts';

interface PodEffectProps {
  pod: PodView;
  kind: 'init' | 'exec';
}

const sourceText = { annotation: 'from the annotations', spec: 'from the Restore spec' } as const;

/** What the engine says Velero does with the target pod, for one hook kind (read from the view). */
export function PodEffect({ pod, kind }: PodEffectProps) {
  if (kind === 'init') {
    if (pod.error) return <p className="hd-effect hd-effect--error">Velero fails: {pod.error}</p>;
    const containers = pod.initContainers ?? [];
    const source = pod.initSource === 'none' ? 'no init hook' : sourceText[pod.initSource];
    return (
      <p className="hd-effect" aria-live="polite">
        <span className="hd-effect__label">Result</span> init containers of {pod.name} after the
        restore ({source}):{' '}
        {containers.length === 0
          ? 'none'
          : containers.map((c, i) => (
              <span key={i}>
                {i > 0 ? ', ' : ''}
                <code>{c.name ?? '(no name)'}</code>
              </span>
            ))}
      </p>
    );
  }
  const hooks = Object.values(pod.execHooks).flat();
  const source = pod.execSource === 'none' ? 'no exec hook' : sourceText[pod.execSource];
  return (
    <div className="hd-effect" aria-live="polite">
      <span className="hd-effect__label">Result</span> exec hooks of {pod.name} ({source})
      {hooks.length === 0 ? ': none' : ':'}
      {hooks.length > 0 ? (
        <ul className="hd-effect__list">
          {hooks.map((h, i) => (
            <li key={i}>
              in <code>{h.container}</code>: <code>{JSON.stringify(h.command)}</code>
              {h.onError ? `, on error ${h.onError}` : ''}
              {h.waitForReady ? ', waits for Ready' : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
