import type { JsonPath } from '../../../../src/index.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { RemoveRowButton } from '../fields/RemoveRowButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { operatorOptions } from '../options.ts';
import { asObject } from '../../../../src/index.ts';
import { asText, formatListText, parseList } from '../values.ts';
import type { SpecAccess } from './specAccess.ts';

interface MatchExpressionRowProps {
  index: number;
  expression: unknown;
  path: JsonPath;
  floor: number;
  access: SpecAccess;
}

const withoutValues = new Set(['Exists', 'DoesNotExist']);

/** One `matchExpressions[]` requirement: key, operator and (for In/NotIn) values. */
export function MatchExpressionRow({
  index,
  expression,
  path,
  floor,
  access,
}: MatchExpressionRowProps) {
  const { edit, findings } = access;
  const e = asObject(expression);
  const operator = asText(e['operator']);
  const n = index + 1;
  const setOperator = (op: string) =>
    edit([
      { path: [...path, 'operator'], value: op },
      ...(withoutValues.has(op) && e['values'] !== undefined
        ? [{ path: [...path, 'values'], value: undefined, floor: path.length + 1 }]
        : []),
    ]);
  return (
    <li className="hd-row hd-row--expression">
      <TextField
        label={`Expression ${n} key`}
        hideLabel
        mono
        placeholder="key"
        value={asText(e['key'])}
        onCommit={(v) => edit({ path: [...path, 'key'], value: v })}
        diagnostics={findings([...path, 'key'])}
      />
      <SelectField
        label={`Expression ${n} operator`}
        hideLabel
        value={operator}
        options={operatorOptions}
        onCommit={setOperator}
        diagnostics={findings([...path, 'operator'])}
      />
      {withoutValues.has(operator) ? (
        <span className="hd-row__none">no values</span>
      ) : (
        <TextField
          label={`Expression ${n} values`}
          hideLabel
          mono
          placeholder="a, b"
          value={formatListText(e['values'])}
          onCommit={(v) =>
            edit({ path: [...path, 'values'], value: parseList(v), floor: path.length + 1 })
          }
          diagnostics={findings([...path, 'values'])}
        />
      )}
      <RemoveRowButton
        label={`Remove expression ${n}`}
        onRemove={() => edit({ path, value: undefined, floor })}
      />
    </li>
  );
}
