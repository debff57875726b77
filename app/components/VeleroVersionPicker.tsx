import { useId } from 'react';
import { useDesignerStore } from '../state/store.ts';
import { selectVeleroVersion } from '../state/versionSlice.ts';
import { listVersionOptions } from './versionOptions.ts';

const options = listVersionOptions();

/** Which Velero release the plan, diff, timeline and export predict. */
export function VeleroVersionPicker() {
  const version = useDesignerStore(selectVeleroVersion);
  const setVeleroVersion = useDesignerStore((s) => s.setVeleroVersion);
  const id = useId();
  return (
    <div className="version-picker">
      <label htmlFor={id}>Velero version</label>
      <select
        id={id}
        className="version-picker__select"
        value={version}
        onChange={(event) => setVeleroVersion(event.target.value)}
        title="The Velero release whose behaviour the results predict"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
