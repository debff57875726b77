import { useId } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import { CommandField } from '../fields/CommandField.tsx';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { TextField } from '../fields/TextField.tsx';
import { asObject } from '../../../../src/index.ts';
import { asArgs, asText } from '../values.ts';
import { ContainerExtras } from './ContainerExtras.tsx';
import type { SpecAccess } from './specAccess.ts';
import { VolumeMountsPicker } from './VolumeMountsPicker.tsx';
import { RemoveCardButton } from './RemoveCardButton.tsx';

interface SpecInitContainerProps {
  index: number;
  container: unknown;
  path: JsonPath;
  access: SpecAccess;
  onRemove: () => void;
}

const shownKeys = [
  'name',
  'image',
  'command',
  'volumeMounts',
  'env',
  'resources',
  'securityContext',
];

/** One `initContainers[]` entry: a whole corev1.Container, as Velero decodes it. */
export function SpecInitContainer({
  index,
  container,
  path,
  access,
  onRemove,
}: SpecInitContainerProps) {
  const id = useId();
  const { edit, findings } = access;
  const c = asObject(container);
  const at = (key: string) => [...path, key];
  const name = asText(c['name']);
  return (
    <fieldset className="hd-container">
      <legend className="hd-minorheading">
        Init container {index + 1}
        {name ? `: ${name}` : ''}
      </legend>
      <RemoveCardButton label={`Remove init container ${index + 1}`} onRemove={onRemove} />
      <FieldMessages id={`${id}-beside`} diagnostics={access.beside(path, shownKeys)} />
      <TextField
        label="Name"
        mono
        value={name}
        onCommit={(v) => edit({ path: at('name'), value: v })}
        diagnostics={findings(at('name'))}
      />
      <TextField
        label="Image"
        mono
        placeholder="e.g. busybox:1.36"
        value={asText(c['image'])}
        onCommit={(v) => edit({ path: at('image'), value: v })}
        diagnostics={findings(at('image'))}
      />
      <CommandField
        label="Command"
        args={asArgs(c['command'])}
        emptyMeans="Velero rejects the container (ValidateContainer needs a command)"
        onCommit={(args) => edit({ path: at('command'), value: args })}
        diagnostics={findings(at('command'))}
      />
      <VolumeMountsPicker mounts={c['volumeMounts']} path={at('volumeMounts')} access={access} />
      <ContainerExtras container={c} path={path} access={access} />
    </fieldset>
  );
}
