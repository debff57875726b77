import type { JsonPath } from '../../../../src/index.ts';
import { TextField } from '../fields/TextField.tsx';
import { asObject } from '../../../../src/index.ts';
import { asText } from '../values.ts';
import type { SpecAccess } from './specAccess.ts';

interface ResourcesFieldsProps {
  resources: unknown;
  path: JsonPath;
  access: SpecAccess;
}

const fields = [
  ['requests', 'cpu', 'e.g. 100m'],
  ['requests', 'memory', 'e.g. 64Mi'],
  ['limits', 'cpu', 'e.g. 500m'],
  ['limits', 'memory', 'e.g. 128Mi'],
] as const;

/** `resources.requests` and `resources.limits` for cpu and memory, as Kubernetes quantities. */
export function ResourcesFields({ resources, path, access }: ResourcesFieldsProps) {
  const r = asObject(resources);
  return (
    <fieldset className="hd-group">
      <legend className="hd-minorheading">resources</legend>
      <div className="hd-grid2">
        {fields.map(([group, name, placeholder]) => (
          <TextField
            key={`${group}.${name}`}
            label={`${group}.${name}`}
            mono
            placeholder={placeholder}
            value={asText(asObject(r[group])[name])}
            onCommit={(v) =>
              access.edit({
                path: [...path, group, name],
                value: v === '' ? undefined : v,
                floor: path.length,
              })
            }
            diagnostics={access.findings([...path, group, name])}
          />
        ))}
      </div>
    </fieldset>
  );
}
