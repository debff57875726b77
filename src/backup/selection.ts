/** A selection of what to keep, checked before reading: a bad glob or label selector is the error. */
import { compileGlob } from '../go/glob.ts';
import { convertLabelSelector, type LabelSelector } from '../go/labelSelector.ts';
import type { BackupError, BackupSelection } from './contents.ts';

export type Selector = { namespaces: readonly string[]; labels: LabelSelector | null };

/** A selection checked up front: a bad glob or label selector is the one error. */
export function compileSelection(select: BackupSelection = {}): Selector | BackupError {
  const namespaces = select.namespaces ?? [];
  for (const pattern of namespaces) {
    const glob = compileGlob(pattern);
    if ('error' in glob)
      return {
        kind: 'error',
        code: 'invalid-selection',
        message: `namespace pattern ${JSON.stringify(pattern)}: ${glob.error}`,
      };
  }
  if (select.labelSelector === undefined) return { namespaces, labels: null };
  const converted = convertLabelSelector(select.labelSelector);
  if ('error' in converted)
    return {
      kind: 'error',
      code: 'invalid-selection',
      message: `labelSelector: ${converted.error}`,
    };
  return { namespaces, labels: converted.selector };
}
