import type { JsonPath } from '../../../../src/index.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { asObject } from '../../../../src/index.ts';
import { asText } from '../values.ts';
import type { SpecAccess } from './specAccess.ts';

interface SecurityContextFieldsProps {
  securityContext: unknown;
  path: JsonPath;
  access: SpecAccess;
}

const idFields = ['runAsUser', 'runAsGroup'] as const;
const boolFields = ['runAsNonRoot', 'readOnlyRootFilesystem', 'allowPrivilegeEscalation'] as const;
const boolOptions = [
  { value: '', label: 'unset' },
  { value: 'true', label: 'true' },
  { value: 'false', label: 'false' },
];

/** The commonly needed `securityContext` fields; anything else stays editable in the YAML. */
export function SecurityContextFields({
  securityContext,
  path,
  access,
}: SecurityContextFieldsProps) {
  const s = asObject(securityContext);
  const write = (key: string, value: unknown) =>
    access.edit({ path: [...path, key], value, floor: path.length });
  return (
    <fieldset className="hd-group">
      <legend className="hd-minorheading">securityContext</legend>
      <div className="hd-grid2">
        {idFields.map((key) => (
          <TextField
            key={key}
            label={key}
            mono
            placeholder="e.g. 999"
            value={asText(s[key])}
            onCommit={(v) => write(key, v === '' ? undefined : /^-?\d+$/.test(v) ? Number(v) : v)}
            diagnostics={access.findings([...path, key])}
          />
        ))}
        {boolFields.map((key) => (
          <SelectField
            key={key}
            label={key}
            value={typeof s[key] === 'boolean' ? String(s[key]) : asText(s[key])}
            options={boolOptions}
            onCommit={(v) => write(key, v === '' ? undefined : v === 'true')}
            diagnostics={access.findings([...path, key])}
          />
        ))}
      </div>
    </fieldset>
  );
}
