import { useId, useState } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { TextField } from '../fields/TextField.tsx';
import { RemoveRowButton } from '../fields/RemoveRowButton.tsx';
import { asArray, asObject } from '../../../../src/index.ts';
import { asText } from '../values.ts';
import { NewPairRow } from './NewPairRow.tsx';
import type { SpecAccess } from './specAccess.ts';

interface EnvListProps {
  env: unknown;
  path: JsonPath;
  access: SpecAccess;
}

/** `env[]`: name/value pairs (valueFrom entries are left to the YAML). */
export function EnvList({ env, path, access }: EnvListProps) {
  const id = useId();
  const { edit, findings } = access;
  const list = asArray(env).map(asObject);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const add = () => {
    if (name === '') return;
    if (edit({ path: [...path, list.length], value: { name, value } })) {
      setName('');
      setValue('');
    }
  };
  return (
    <fieldset className="hd-group">
      <legend className="hd-minorheading">env</legend>
      {list.length > 0 ? (
        <ul className="hd-rows">
          {list.map((e, i) => (
            <li key={i} className="hd-row">
              <TextField
                label={`Env ${i + 1} name`}
                hideLabel
                mono
                value={asText(e['name'])}
                onCommit={(v) => edit({ path: [...path, i, 'name'], value: v })}
                diagnostics={findings([...path, i])}
              />
              <span className="hd-row__op" aria-hidden="true">
                =
              </span>
              {e['valueFrom'] !== undefined ? (
                <span className="hd-muted">valueFrom (edit it in the YAML)</span>
              ) : (
                <TextField
                  label={`Env ${i + 1} value`}
                  hideLabel
                  mono
                  value={asText(e['value'])}
                  onCommit={(v) => edit({ path: [...path, i, 'value'], value: v })}
                />
              )}
              <RemoveRowButton
                label={`Remove env ${asText(e['name']) || i + 1}`}
                onRemove={() => edit({ path: [...path, i], value: undefined, floor: path.length })}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <NewPairRow
        id={id}
        noun="env"
        first={{ name: 'name', placeholder: 'NAME', value: name, onChange: setName }}
        second={{ name: 'value', placeholder: 'value', value, onChange: setValue }}
        onAdd={add}
      />
    </fieldset>
  );
}
