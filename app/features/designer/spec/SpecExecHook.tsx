import type { JsonPath } from '../../../../src/index.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { CommandField } from '../fields/CommandField.tsx';
import { DurationField } from '../fields/DurationField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { listContainerOptions, onErrorOptions } from '../options.ts';
import { asObject } from '../../../../src/index.ts';
import { asArgs, asText } from '../values.ts';
import type { SpecAccess } from './specAccess.ts';

interface SpecExecHookProps {
  exec: unknown;
  path: JsonPath;
  access: SpecAccess;
}

const undecodable = 'Velero cannot decode the Restore and never processes it';

/** `postHooks[].exec`: an ExecRestoreHook, run in each selected pod once its container is up. */
export function SpecExecHook({ exec, path, access }: SpecExecHookProps) {
  const { edit, findings, target } = access;
  const e = asObject(exec);
  const floor = path.length + 1;
  const at = (key: string) => [...path, key];
  const optional = (key: string) => (value: string) =>
    edit({ path: at(key), value: value === '' ? undefined : value, floor });
  const first = target?.containers[0];
  return (
    <div className="hd-subform">
      <SelectField
        label="Container"
        value={asText(e['container'])}
        options={listContainerOptions(
          target?.containers ?? [],
          first ? `first container: ${first} (each pod's first)` : "each pod's first container",
        )}
        onCommit={optional('container')}
        diagnostics={findings(at('container'))}
      />
      <CommandField
        label="Command"
        args={asArgs(e['command'])}
        emptyMeans="Velero fails the hook (command is required)"
        onCommit={(args) => edit({ path: at('command'), value: args })}
        diagnostics={findings(at('command'))}
      />
      <SelectField
        label="On error"
        value={asText(e['onError'])}
        options={onErrorOptions}
        onCommit={optional('onError')}
        diagnostics={findings(at('onError'))}
      />
      <DurationField
        label="Exec timeout"
        value={asText(e['execTimeout'])}
        onCommit={optional('execTimeout')}
        diagnostics={findings(at('execTimeout'))}
        unset="Velero's default of 30s"
        invalidMeans={undecodable}
      />
      <DurationField
        label="Wait timeout"
        value={asText(e['waitTimeout'])}
        onCommit={optional('waitTimeout')}
        diagnostics={findings(at('waitTimeout'))}
        unset="waits for the container without limit"
        invalidMeans={undecodable}
      />
      <CheckboxField
        label="Wait for ready"
        checked={e['waitForReady'] === true}
        onCommit={(checked) =>
          edit({ path: at('waitForReady'), value: checked ? true : undefined, floor })
        }
        diagnostics={findings(at('waitForReady'))}
      />
    </div>
  );
}
