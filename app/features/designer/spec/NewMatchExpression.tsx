import { useId, useState } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { operatorOptions } from '../options.ts';
import { parseList } from '../values.ts';
import { NewRowInput } from './NewRowInput.tsx';
import type { SpecAccess } from './specAccess.ts';

interface NewMatchExpressionProps {
  /** Where the new requirement goes: the end of `matchExpressions`. */
  path: JsonPath;
  access: SpecAccess;
}

/** The row that adds a `matchExpressions[]` requirement once it has a key. */
export function NewMatchExpression({ path, access }: NewMatchExpressionProps) {
  const id = useId();
  const [key, setKey] = useState('');
  const [operator, setOperator] = useState('In');
  const [values, setValues] = useState('');
  const needsValues = operator === 'In' || operator === 'NotIn';
  const add = () => {
    if (key === '') return;
    const requirement: Record<string, unknown> = { key, operator };
    if (needsValues) requirement['values'] = parseList(values) ?? [];
    if (access.edit({ path, value: requirement })) {
      setKey('');
      setValues('');
    }
  };
  return (
    <div className="hd-row hd-row--new hd-row--expression">
      <NewRowInput
        id={`${id}-key`}
        label="New expression key"
        placeholder="key"
        value={key}
        onChange={setKey}
        onEnter={add}
      />
      <label className="visually-hidden" htmlFor={`${id}-operator`}>
        New expression operator
      </label>
      <select
        id={`${id}-operator`}
        className="hd-input hd-select"
        value={operator}
        onChange={(e) => setOperator(e.target.value)}
      >
        {operatorOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <NewRowInput
        id={`${id}-values`}
        label="New expression values"
        placeholder={needsValues ? 'a, b' : 'no values'}
        disabled={!needsValues}
        value={needsValues ? values : ''}
        onChange={setValues}
        onEnter={add}
      />
      <button type="button" className="hd-button" disabled={key === ''} onClick={add}>
        Add expression
      </button>
    </div>
  );
}
