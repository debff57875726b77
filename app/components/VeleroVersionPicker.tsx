import { useDesignerStore } from '../state/store.ts';
import { selectVeleroVersion } from '../state/versionSlice.ts';
import { listVersionOptions } from './versionOptions.ts';
import { VersionSelect } from './VersionSelect.tsx';

const options = listVersionOptions();

/** Which Velero release the plan, diff, timeline and export predict. */
export function VeleroVersionPicker() {
  const version = useDesignerStore(selectVeleroVersion);
  const setVeleroVersion = useDesignerStore((s) => s.setVeleroVersion);
  return (
    <div className="version-picker">
      <VersionSelect
        label="Velero version"
        value={version}
        options={options}
        onChange={setVeleroVersion}
        title="The Velero release whose behaviour the results predict"
      />
    </div>
  );
}
