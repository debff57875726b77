import { useEnginePending } from '../../engine/index.ts';

/** "Updating…" while the engine computes a newer input than the one the form shows. */
export function EngineStatus() {
  const pending = useEnginePending();
  return (
    <span className="hd-toolbar__status" aria-hidden="true">
      {pending ? 'Updating…' : ''}
    </span>
  );
}
