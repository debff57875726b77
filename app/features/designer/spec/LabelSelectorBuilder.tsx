import { useId, useState } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { RemoveRowButton } from '../fields/RemoveRowButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { asArray, asObject } from '../../../../src/index.ts';
import { asText } from '../values.ts';
import { MatchExpressionRow } from './MatchExpressionRow.tsx';
import { NewMatchExpression } from './NewMatchExpression.tsx';
import { NewPairRow } from './NewPairRow.tsx';
import type { SpecAccess } from './specAccess.ts';

interface LabelSelectorBuilderProps {
  selector: unknown;
  path: JsonPath;
  /** Removals never prune above this many path steps (the resource entry stays). */
  floor: number;
  access: SpecAccess;
}

/** A `metav1.LabelSelector`: matchLabels and matchExpressions, all ANDed. */
export function LabelSelectorBuilder({ selector, path, floor, access }: LabelSelectorBuilderProps) {
  const { edit, findings, target } = access;
  const sel = asObject(selector);
  const labels = Object.entries(asObject(sel['matchLabels']));
  const expressions = asArray(sel['matchExpressions']);
  const id = useId();
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const labelsPath = [...path, 'matchLabels'];
  const rename = (from: string, to: string) => {
    if (to === from) return true;
    if (labels.some(([k]) => k === to)) return true; // would merge two rows: wait for another key
    return edit({
      path: labelsPath,
      value: Object.fromEntries(labels.map(([k, v]) => [k === from ? to : k, v])),
    });
  };
  const addLabel = () => {
    if (newKey === '') return;
    if (edit({ path: [...labelsPath, newKey], value: newValue })) {
      setNewKey('');
      setNewValue('');
    }
  };
  const copyTargetLabels = () => {
    const targetLabels = asObject(access.readTarget(['metadata', 'labels']));
    if (Object.keys(targetLabels).length > 0) edit({ path: labelsPath, value: targetLabels });
  };
  return (
    <fieldset className="hd-selector">
      <legend className="hd-subheading">Label selector</legend>
      <FieldMessages
        id={`${id}-beside`}
        diagnostics={access.beside(path, ['matchLabels', 'matchExpressions'])}
        hint={
          labels.length === 0 && expressions.length === 0
            ? 'No selector: every pod in the namespaces above is selected.'
            : null
        }
      />
      <h5 className="hd-minorheading">matchLabels</h5>
      {labels.length > 0 ? (
        <ul className="hd-rows">
          {labels.map(([key, value], i) => (
            <li key={i} className="hd-row">
              <TextField
                label={`Label ${i + 1} key`}
                hideLabel
                mono
                value={key}
                onCommit={(k) => rename(key, k)}
                diagnostics={findings([...labelsPath, key])}
              />
              <span className="hd-row__op" aria-hidden="true">
                =
              </span>
              <TextField
                label={`Label ${i + 1} value`}
                hideLabel
                mono
                value={asText(value)}
                onCommit={(v) => edit({ path: [...labelsPath, key], value: v })}
              />
              <RemoveRowButton
                label={`Remove label ${key}`}
                onRemove={() => edit({ path: [...labelsPath, key], value: undefined, floor })}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <NewPairRow
        id={id}
        noun="label"
        first={{ name: 'key', placeholder: 'key', value: newKey, onChange: setNewKey }}
        second={{ name: 'value', placeholder: 'value', value: newValue, onChange: setNewValue }}
        onAdd={addLabel}
        enterAdds
      />
      {target ? (
        <button type="button" className="hd-link" onClick={copyTargetLabels}>
          Use the labels of {target.kind} {target.owner}
        </button>
      ) : null}
      <h5 className="hd-minorheading">matchExpressions</h5>
      {expressions.length > 0 ? (
        <ul className="hd-rows">
          {expressions.map((expression, i) => (
            <MatchExpressionRow
              key={i}
              index={i}
              expression={expression}
              path={[...path, 'matchExpressions', i]}
              floor={floor}
              access={access}
            />
          ))}
        </ul>
      ) : null}
      <NewMatchExpression
        path={[...path, 'matchExpressions', expressions.length]}
        access={access}
      />
    </fieldset>
  );
}
