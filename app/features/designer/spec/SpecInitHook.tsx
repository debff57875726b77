import { useId } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { asArray, asObject } from '../../../../src/index.ts';
import { asText } from '../values.ts';
import { SpecInitContainer } from './SpecInitContainer.tsx';
import type { SpecAccess } from './specAccess.ts';

interface SpecInitHookProps {
  init: unknown;
  path: JsonPath;
  access: SpecAccess;
}

/** `postHooks[].init`: full containers, added to each selected pod before its own init containers. */
export function SpecInitHook({ init, path, access }: SpecInitHookProps) {
  const id = useId();
  const containers = asArray(asObject(init)['initContainers']);
  const listPath = [...path, 'initContainers'];
  const names = new Set(containers.map((c) => asText(asObject(c)['name'])));
  let n = containers.length + 1;
  while (names.has(`restore-init-${n}`)) n++;
  return (
    <div className="hd-subform">
      <FieldMessages id={`${id}-beside`} diagnostics={access.beside(path, ['initContainers'])} />
      {containers.map((c, k) => (
        <SpecInitContainer
          key={k}
          index={k}
          container={c}
          path={[...listPath, k]}
          access={access}
          onRemove={() =>
            access.edit({ path: [...listPath, k], value: undefined, floor: path.length })
          }
        />
      ))}
      <div className="hd-form__actions">
        <button
          type="button"
          className="hd-button"
          onClick={() =>
            access.edit({
              path: [...listPath, containers.length],
              value: { name: `restore-init-${n}` },
            })
          }
        >
          Add init container
        </button>
      </div>
    </div>
  );
}
