import { useId, useState, type KeyboardEvent } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { operatorOptions } from '../options.ts';
import { parseList } from '../values.ts';
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
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') add();
  };
  return (
    <div className="hd-row hd-row--new hd-row--expression">
      <label className="visually-hidden" htmlFor={`${id}-key`}>
        New expression key
      </label>
      <input
        id={`${id}-key`}
        className="hd-input hd-input--mono"
        placeholder="key"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        onKeyDown={onEnter}
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
      <label className="visually-hidden" htmlFor={`${id}-values`}>
        New expression values
      </label>
      <input
        id={`${id}-values`}
        className="hd-input hd-input--mono"
        placeholder={needsValues ? 'a, b' : 'no values'}
        disabled={!needsValues}
        value={needsValues ? values : ''}
        onChange={(e) => setValues(e.target.value)}
        onKeyDown={onEnter}
      />
      <button type="button" className="hd-button" disabled={key === ''} onClick={add}>
        Add expression
      </button>
    </div>
  );
}
