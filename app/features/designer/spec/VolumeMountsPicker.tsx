import { useId, useState } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { RemoveRowButton } from '../fields/RemoveRowButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { asArray, asObject } from '../../../../src/index.ts';
import { asText } from '../values.ts';
import type { SpecAccess } from './specAccess.ts';

interface VolumeMountsPickerProps {
  mounts: unknown;
  /** The container's `volumeMounts` path. */
  path: JsonPath;
  access: SpecAccess;
}

/** The init container's mounts, picked from the target pod's volumes, or copied from one of its containers. */
export function VolumeMountsPicker({ mounts, path, access }: VolumeMountsPickerProps) {
  const id = useId();
  const { edit, findings, target } = access;
  const list = asArray(mounts).map(asObject);
  const volumes = target?.volumes ?? [];
  const containers = target?.containers ?? [];
  const [copyFrom, setCopyFrom] = useState('');
  const source = containers.includes(copyFrom) ? copyFrom : (containers[0] ?? '');
  const floor = path.length;
  const appContainers = () => asArray(access.readTarget(['spec', 'containers'])).map(asObject);
  const defaultMountPath = (volume: string) => {
    for (const c of appContainers()) {
      for (const m of asArray(c['volumeMounts']).map(asObject)) {
        if (m['name'] === volume && typeof m['mountPath'] === 'string') return m['mountPath'];
      }
    }
    return `/mnt/${volume}`;
  };
  const toggle = (volume: string, on: boolean) => {
    const i = list.findIndex((m) => m['name'] === volume);
    if (on && i < 0) {
      edit({
        path: [...path, list.length],
        value: { name: volume, mountPath: defaultMountPath(volume) },
      });
    } else if (!on && i >= 0) {
      edit({ path: [...path, i], value: undefined, floor });
    }
  };
  const copy = () => {
    const from = appContainers().find((c) => c['name'] === source);
    const copied = asArray(from?.['volumeMounts']);
    edit({ path, value: copied.length > 0 ? copied : undefined, floor });
  };
  const others = list
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => !volumes.includes(asText(m['name'])));
  return (
    <fieldset className="hd-mounts">
      <legend className="hd-minorheading">Volume mounts</legend>
      {!target ? (
        <p className="hd-muted">Pick a target to choose from its volumes.</p>
      ) : volumes.length === 0 ? (
        <p className="hd-muted">
          {target.kind} {target.owner} has no volumes.
        </p>
      ) : (
        <p className="hd-muted">
          Volumes of {target.kind} {target.owner}:
        </p>
      )}
      <ul className="hd-rows">
        {volumes.map((volume) => {
          const i = list.findIndex((m) => m['name'] === volume);
          return (
            <li key={volume} className="hd-row hd-row--mount">
              <label className="hd-check">
                <input
                  type="checkbox"
                  checked={i >= 0}
                  onChange={(e) => toggle(volume, e.target.checked)}
                />
                <code>{volume}</code>
              </label>
              {i >= 0 ? (
                <TextField
                  label={`Mount path of ${volume}`}
                  hideLabel
                  mono
                  value={asText(list[i]!['mountPath'])}
                  onCommit={(v) => edit({ path: [...path, i, 'mountPath'], value: v })}
                  diagnostics={findings([...path, i])}
                />
              ) : (
                <span className="hd-muted">not mounted</span>
              )}
            </li>
          );
        })}
        {others.map(({ m, i }) => (
          <li key={`other-${i}`} className="hd-row hd-row--mount">
            <span className="hd-check">
              <code>{asText(m['name']) || '(no name)'}</code>
            </span>
            <div className="hd-row__grow">
              <span className="hd-muted">
                {asText(m['mountPath'])} (not a volume of {target ? target.owner : 'the target'})
              </span>
              <FieldMessages id={`${id}-other-${i}`} diagnostics={findings([...path, i])} />
            </div>
            <RemoveRowButton
              label={`Remove mount ${asText(m['name'])}`}
              onRemove={() => edit({ path: [...path, i], value: undefined, floor })}
            />
          </li>
        ))}
      </ul>
      {containers.length > 0 ? (
        <div className="hd-row hd-row--copy">
          <label htmlFor={`${id}-copy`}>Same mounts as container</label>
          <select
            id={`${id}-copy`}
            className="hd-input hd-select"
            value={source}
            onChange={(e) => setCopyFrom(e.target.value)}
          >
            {containers.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <button type="button" className="hd-button" onClick={copy}>
            Copy mounts
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
