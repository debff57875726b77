import type { Diagnostic } from '../../../../src/index.ts';

/** How the annotation forms read and write one pod's annotations (always through the text). */
export interface AnnotationAccess {
  /** The annotation as written ('' when absent). */
  value: (key: string) => string;
  has: (key: string) => boolean;
  /** Writes one annotation; undefined removes it. False when the text cannot take it. */
  set: (key: string, value: string | undefined) => boolean;
  remove: (keys: readonly string[]) => boolean;
  diagnostics: (key: string) => Diagnostic[];
}

/**
 * A field's props for one optional annotation: its value, a commit that removes the annotation
 * when the field is emptied, and its diagnostics.
 */
export function optionalField(access: AnnotationAccess, key: string) {
  return {
    value: access.value(key),
    onCommit: (value: string) => access.set(key, value === '' ? undefined : value),
    diagnostics: access.diagnostics(key),
  };
}
