import { useId } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { asObject } from '../../../../src/index.ts';
import { SpecExecHook } from './SpecExecHook.tsx';
import { SpecInitHook } from './SpecInitHook.tsx';
import type { SpecAccess } from './specAccess.ts';

interface PostHookItemProps {
  index: number;
  count: number;
  hook: unknown;
  path: JsonPath;
  access: SpecAccess;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One `postHooks[]` entry: an init part, an exec part, or (as Velero allows) both. */
export function PostHookItem({
  index,
  count,
  hook,
  path,
  access,
  onMove,
  onRemove,
}: PostHookItemProps) {
  const id = useId();
  const h = asObject(hook);
  const hasInit = h['init'] !== undefined;
  const hasExec = h['exec'] !== undefined;
  const kind =
    [hasInit ? 'init' : '', hasExec ? 'exec' : ''].filter(Boolean).join(' + ') || 'empty';
  const n = index + 1;
  return (
    <li className="hd-posthook">
      <div className="hd-posthook__header">
        <h5 className="hd-minorheading">
          Post hook {n}: {kind}
        </h5>
        <div className="hd-posthook__buttons">
          <button
            type="button"
            className="hd-icon-button"
            aria-label={`Move post hook ${n} up`}
            title="Move up"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="hd-icon-button"
            aria-label={`Move post hook ${n} down`}
            title="Move down"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="hd-button hd-button--quiet"
            aria-label={`Remove post hook ${n}`}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      </div>
      <FieldMessages id={`${id}-beside`} diagnostics={access.beside(path, ['init', 'exec'])} />
      {hasInit ? <SpecInitHook init={h['init']} path={[...path, 'init']} access={access} /> : null}
      {hasExec ? <SpecExecHook exec={h['exec']} path={[...path, 'exec']} access={access} /> : null}
    </li>
  );
}
