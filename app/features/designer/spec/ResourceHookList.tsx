import {
  readValueAt,
  type ObjectLocation,
  type HookSelection,
  asArray,
  asObject,
} from '../../../../src/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { asText } from '../values.ts';
import { createResourceHook } from './newEntries.ts';
import { ResourceHookCard } from './ResourceHookCard.tsx';
import type { SpecAccess } from './specAccess.ts';

interface ResourceHookListProps {
  restore: ObjectLocation & { value: unknown };
  access: SpecAccess;
  /** Which pods each resource hook selects, and how many pods there are. */
  selections: readonly HookSelection[];
  podCount: number;
  validationErrors: readonly string[];
}

/** Every `spec.hooks.resources[]` entry of the Restore, in order, and a way to add one. */
export function ResourceHookList({
  restore,
  access,
  selections,
  podCount,
  validationErrors,
}: ResourceHookListProps) {
  const base = [...restore.path, 'spec', 'hooks', 'resources'];
  const resources = asArray(readValueAt(restore.value, ['spec', 'hooks', 'resources']));
  const name = asText(asObject(asObject(restore.value)['metadata'])['name']);
  const beside = access.beside(
    base,
    resources.map((_, i) => i),
  );
  const add = () =>
    access.edit({
      path: [...base, resources.length],
      value: createResourceHook(resources, access.target),
    });
  return (
    <section className="hd-spec" aria-label="Restore resource hooks">
      <p className="hd-muted">
        Written to <code>spec.hooks.resources</code> of Restore {name || '(unnamed)'} in the Restore
        editor. Each entry applies to every pod it selects.
      </p>
      {validationErrors.length > 0 ? (
        <div className="hd-diagnostic hd-diagnostic--error" role="alert">
          Velero fails this Restore&apos;s validation, so no hook is matched:{' '}
          {validationErrors.join('; ')}
        </div>
      ) : null}
      <FieldMessages id="hd-resources-beside" diagnostics={beside} />
      {resources.length === 0 ? (
        <p className="hd-empty">This Restore has no resource hooks yet.</p>
      ) : null}
      {resources.map((hook, i) => (
        <ResourceHookCard
          key={i}
          index={i}
          hook={hook}
          path={[...base, i]}
          access={access}
          selections={selections}
          podCount={podCount}
        />
      ))}
      <div className="hd-form__actions">
        <button type="button" className="hd-button hd-button--primary" onClick={add}>
          Add resource hook
        </button>
      </div>
    </section>
  );
}
