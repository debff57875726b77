import type { Diagnostic, JsonPath } from '../../../src/index.ts';

/** True when `path` is `prefix` or lies below it. */
export function isUnder(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((step, i) => path[i] === step);
}

/**
 * The diagnostics of one form field: those of the same editor and document whose logical path
 * starts with the field's path (Diagnostic.path is relative to its document, like `setIn`'s).
 */
export function findDiagnosticsAt(
  all: readonly Diagnostic[],
  file: string,
  document: number,
  path: JsonPath,
): Diagnostic[] {
  return all.filter((d) => d.file === file && d.document === document && isUnder(d.path, path));
}

/**
 * The diagnostics under `path` that no field shows: the path stops at `path`, or its next step is
 * not one of `shown` (the keys the form has fields for).
 */
export function findDiagnosticsBeside(
  all: readonly Diagnostic[],
  file: string,
  document: number,
  path: JsonPath,
  shown: readonly (string | number)[],
): Diagnostic[] {
  return findDiagnosticsAt(all, file, document, path).filter((d) => {
    const next = d.path[path.length];
    return next === undefined || !shown.includes(next);
  });
}
