import { InitAnnotation, parseStringToCommand, type PodView } from '../../../../src/index.ts';
import { CommandField } from '../fields/CommandField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { PodEffect } from '../PodEffect.tsx';
import { useHookPlace } from '../useHookPlace.ts';
import { optionalField, type AnnotationAccess } from './annotationAccess.ts';

interface AnnotationInitFormProps {
  pod: PodView;
  access: AnnotationAccess;
}

const initKeys = Object.values(InitAnnotation);

/** The `init.hook.restore.velero.io/*` annotations: image, name and command, nothing else. */
export function AnnotationInitForm({ pod, access }: AnnotationInitFormProps) {
  const { choose: chooseHookPlace } = useHookPlace(pod);
  const args = parseStringToCommand(access.value(InitAnnotation.command)) ?? [];
  const present = initKeys.some((k) => access.has(k));
  return (
    <section className="hd-form" aria-label="Init container annotations">
      <TextField
        label="Image"
        mono
        placeholder="e.g. busybox:1.36"
        {...optionalField(access, InitAnnotation.containerImage)}
        hint={(shown) =>
          shown === '' ? 'Without an image Velero ignores the other init annotations.' : null
        }
      />
      <TextField
        label="Name"
        mono
        placeholder="velero-restore-init-<8 random hex digits>"
        {...optionalField(access, InitAnnotation.containerName)}
      />
      <CommandField
        label="Command"
        args={args}
        emptyMeans="the image's entrypoint runs"
        onCommit={(next) => access.set(InitAnnotation.command, JSON.stringify(next))}
        diagnostics={access.diagnostics(InitAnnotation.command)}
      />
      <div className="hd-note" role="note">
        <strong>No mounts here.</strong> Velero gives an annotation init container exactly a name,
        an image and a command: no volume mounts, env, resources or securityContext (
        <code>getInitContainerFromAnnotation</code>). It cannot see the pod&apos;s volumes. To reach
        a volume, put the hook in the{' '}
        <button type="button" className="hd-link" onClick={() => chooseHookPlace('spec')}>
          Restore&apos;s spec.hooks
        </button>
        .
      </div>
      <PodEffect pod={pod} kind="init" />
      {present ? (
        <div className="hd-form__actions">
          <button type="button" className="hd-button" onClick={() => access.remove(initKeys)}>
            Remove the init hook annotations
          </button>
        </div>
      ) : null}
    </section>
  );
}
