import {
  ExecAnnotation,
  parseBool,
  parseStringToCommand,
  type PodView,
} from '../../../../src/index.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { CommandField } from '../fields/CommandField.tsx';
import { DurationField } from '../fields/DurationField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { PodEffect } from '../PodEffect.tsx';
import { listContainerOptions, onErrorOptions } from '../options.ts';
import { optionalField, type AnnotationAccess } from './annotationAccess.ts';

interface AnnotationExecFormProps {
  pod: PodView;
  access: AnnotationAccess;
}

const execKeys = Object.values(ExecAnnotation);

/** The `post.hook.restore.velero.io/*` annotations: one exec hook, run after the pod is created. */
export function AnnotationExecForm({ pod, access }: AnnotationExecFormProps) {
  const args = parseStringToCommand(access.value(ExecAnnotation.command)) ?? [];
  const present = execKeys.some((k) => access.has(k));
  const waitForReady = access.value(ExecAnnotation.waitForReady);
  return (
    <section className="hd-form" aria-label="Exec hook annotations">
      <SelectField
        label="Container"
        {...optionalField(access, ExecAnnotation.container)}
        options={listContainerOptions(
          pod.containers,
          `first container: ${pod.containers[0] ?? '(none)'}`,
        )}
      />
      <CommandField
        label="Command"
        args={args}
        emptyMeans="no exec hook (Velero needs a command)"
        onCommit={(next) =>
          access.set(ExecAnnotation.command, next.length > 0 ? JSON.stringify(next) : undefined)
        }
        diagnostics={access.diagnostics(ExecAnnotation.command)}
      />
      <SelectField
        label="On error"
        {...optionalField(access, ExecAnnotation.onError)}
        options={onErrorOptions}
      />
      <DurationField
        label="Exec timeout"
        {...optionalField(access, ExecAnnotation.execTimeout)}
        unset="Velero's default of 30s"
        invalidMeans="Velero ignores it and uses its default of 30s"
      />
      <DurationField
        label="Wait timeout"
        {...optionalField(access, ExecAnnotation.waitTimeout)}
        unset="waits for the container without limit"
        invalidMeans="Velero ignores it: waits without limit"
      />
      <CheckboxField
        label="Wait for ready"
        checked={parseBool(waitForReady) ?? false}
        onCommit={(checked) =>
          access.set(ExecAnnotation.waitForReady, checked ? 'true' : undefined)
        }
        diagnostics={access.diagnostics(ExecAnnotation.waitForReady)}
        hint={
          waitForReady !== '' && parseBool(waitForReady) === null
            ? `"${waitForReady}" is not a Go bool: Velero reads it as false.`
            : 'Run once the container is Ready, not just Running.'
        }
      />
      <PodEffect pod={pod} kind="exec" />
      {present ? (
        <div className="hd-form__actions">
          <button type="button" className="hd-button" onClick={() => access.remove(execKeys)}>
            Remove the exec hook annotations
          </button>
        </div>
      ) : null}
    </section>
  );
}
