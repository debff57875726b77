import type { JsonPath } from '../../../../src/index.ts';
import { asArray } from '../../../../src/index.ts';
import { createExecPostHook, createInitPostHook } from './newEntries.ts';
import { PostHookItem } from './PostHookItem.tsx';
import type { SpecAccess } from './specAccess.ts';

interface PostHookListProps {
  hooks: unknown;
  path: JsonPath;
  access: SpecAccess;
}

/** The ordered `postHooks[]` of one resource hook: add, remove and move entries. */
export function PostHookList({ hooks, path, access }: PostHookListProps) {
  const list = asArray(hooks);
  const { edit } = access;
  const add = (value: unknown) => edit({ path: [...path, list.length], value });
  const swap = (i: number, j: number) =>
    edit([
      { path: [...path, i], value: list[j] },
      { path: [...path, j], value: list[i] },
    ]);
  return (
    <section className="hd-posthooks" aria-label="Post hooks">
      <h4 className="hd-subheading">Post hooks, in the order Velero applies them</h4>
      {list.length === 0 ? <p className="hd-muted">None yet: this entry does nothing.</p> : null}
      <ol className="hd-posthooks__list">
        {list.map((hook, i) => (
          <PostHookItem
            key={i}
            index={i}
            count={list.length}
            hook={hook}
            path={[...path, i]}
            access={access}
            onMove={(by) => swap(i, i + by)}
            onRemove={() => edit({ path: [...path, i], value: undefined, floor: path.length })}
          />
        ))}
      </ol>
      <div className="hd-form__actions">
        <button type="button" className="hd-button" onClick={() => add(createInitPostHook())}>
          Add init hook
        </button>
        <button type="button" className="hd-button" onClick={() => add(createExecPostHook())}>
          Add exec hook
        </button>
      </div>
    </section>
  );
}
