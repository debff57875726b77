import {
  ExecAnnotation,
  InitAnnotation,
  MANIFESTS_FILE,
  type Diagnostic,
  type PodView,
} from '../../../../src/index.ts';
import { selectAnnotationHook, type AnnotationHookKind } from '../../../state/designerSlice.ts';
import { useDesignerStore } from '../../../state/store.ts';
import { findDiagnosticsAt, findDiagnosticsBeside } from '../diagnosticsAt.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { SegmentedChoice } from '../SegmentedChoice.tsx';
import { useManifestsEdit } from '../useTextEdit.ts';
import { AnnotationExecForm } from './AnnotationExecForm.tsx';
import { AnnotationInitForm } from './AnnotationInitForm.tsx';
import type { AnnotationAccess } from './annotationAccess.ts';

interface AnnotationHooksProps {
  pod: PodView;
  diagnostics: readonly Diagnostic[];
}

const kinds = [
  { value: 'init', label: 'Init container' },
  { value: 'exec', label: 'Exec hook' },
] as const;

const keysOf: Record<AnnotationHookKind, readonly string[]> = {
  init: [InitAnnotation.containerImage, InitAnnotation.containerName, InitAnnotation.command],
  exec: Object.values(ExecAnnotation),
};

/** The hooks written as annotations on the target's pod (template): one form per hook kind. */
/** The form's first hook kind for a pod: exec when it has exec annotations and no init ones. */
function kindThePodHas(annotations: Readonly<Record<string, string>>): AnnotationHookKind {
  const has = (kind: AnnotationHookKind) => keysOf[kind].some((key) => key in annotations);
  return has('exec') && !has('init') ? 'exec' : 'init';
}

export function AnnotationHooks({ pod, diagnostics }: AnnotationHooksProps) {
  const kind = useDesignerStore(selectAnnotationHook) ?? kindThePodHas(pod.annotations);
  const openAnnotationHook = useDesignerStore((s) => s.openAnnotationHook);
  const edit = useManifestsEdit(pod.document);
  const base = [...pod.podPath, 'metadata', 'annotations'];
  // Thousands of pods can mean thousands of diagnostics: narrow them once, then per field.
  const mine = findDiagnosticsAt(diagnostics, MANIFESTS_FILE, pod.document, base);
  const access: AnnotationAccess = {
    value: (key) => pod.annotations[key] ?? '',
    has: (key) => key in pod.annotations,
    set: (key, value) => edit({ path: [...base, key], value, floor: base.length }),
    remove: (keys) =>
      edit(keys.map((key) => ({ path: [...base, key], value: undefined, floor: base.length }))),
    diagnostics: (key) => findDiagnosticsAt(mine, MANIFESTS_FILE, pod.document, [...base, key]),
  };
  const beside = findDiagnosticsBeside(mine, MANIFESTS_FILE, pod.document, base, [
    ...keysOf.init,
    ...keysOf.exec,
  ]);
  const other: AnnotationHookKind = kind === 'init' ? 'exec' : 'init';
  const otherCount = keysOf[other].reduce((n, key) => n + access.diagnostics(key).length, 0);
  return (
    <div className="hd-annotations">
      <p className="hd-muted">
        Written to <code>{[...pod.podPath, 'metadata', 'annotations'].join('.')}</code> of{' '}
        {pod.kind} {pod.owner} in the Manifests.
      </p>
      <SegmentedChoice
        label="Hook"
        value={kind}
        options={kinds}
        onChange={(k) => openAnnotationHook(k)}
      />
      {otherCount > 0 ? (
        <p className="hd-muted">
          The {other === 'exec' ? 'exec hook' : 'init container'} annotations have {otherCount}{' '}
          finding{otherCount === 1 ? '' : 's'}:{' '}
          <button type="button" className="hd-link" onClick={() => openAnnotationHook(other)}>
            show the {other === 'exec' ? 'exec hook' : 'init container'}
          </button>
          .
        </p>
      ) : null}
      {beside.length > 0 ? (
        <section className="hd-beside" aria-label="Other findings on these annotations">
          <h3 className="hd-subheading">Other findings on these annotations</h3>
          <FieldMessages id={`${pod.key}-beside`} diagnostics={beside} />
        </section>
      ) : null}
      {kind === 'init' ? (
        <AnnotationInitForm pod={pod} access={access} />
      ) : (
        <AnnotationExecForm pod={pod} access={access} />
      )}
    </div>
  );
}
