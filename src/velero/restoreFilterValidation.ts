/**
 * The filter part of the restore controller's `validateAndComplete`
 * (`pkg/controller/restore_controller.go`, the same in every supported release): non-restorable
 * resources, `collections.ValidateIncludesExcludes` on the resource and namespace lists, and
 * labelSelector together with orLabelSelectors. Each entry goes to `status.validationErrors`, and any
 * makes the Restore FailedValidation.
 */
import { sortUniqueStrings } from '../go/strings.ts';
import type { JsonPath } from '../model/types.ts';
import type { RestoreModel } from './restore.ts';

export interface FilterValidationError {
  message: string;
  path: JsonPath;
}

/** `nonRestorableResources` (`pkg/controller/restore_controller.go`), in its order. */
export const NON_RESTORABLE_RESOURCES = [
  'nodes',
  'events',
  'events.events.k8s.io',
  'backups.velero.io',
  'restores.velero.io',
  'resticrepositories.velero.io',
  'csinodes.storage.k8s.io',
  'volumeattachments.storage.k8s.io',
  'backuprepositories.velero.io',
] as const;

interface Lists {
  includes: readonly string[];
  excludes: readonly string[];
  /** Where an entry is written: its path, or the list's key when it is not written (appended by Velero). */
  at(list: 'includes' | 'excludes', item: string): JsonPath;
}

/** `ValidateIncludesExcludes`: `*` with others, `*` in excludes, items in both (sorted). */
function validateIncludesExcludes(lists: Lists, prefix: string): FilterValidationError[] {
  const errors: FilterValidationError[] = [];
  const includes = new Set(lists.includes);
  const excludes = sortUniqueStrings(lists.excludes);
  if (includes.size > 1 && includes.has('*'))
    errors.push({
      message: `${prefix}: includes list must either contain '*' only, or a non-empty list of items`,
      path: lists.at('includes', '*'),
    });
  if (excludes.includes('*'))
    errors.push({
      message: `${prefix}: excludes list cannot contain '*'`,
      path: lists.at('excludes', '*'),
    });
  for (const item of excludes) {
    if (!includes.has(item)) continue;
    errors.push({
      message: `${prefix}: excludes list cannot contain an item in the includes list: ${item}`,
      path: lists.at('excludes', item),
    });
  }
  return errors;
}

function listAt(key: string, items: readonly string[], item: string): JsonPath {
  const i = items.indexOf(item);
  return i < 0 ? ['spec', key] : ['spec', key, i];
}

/** The validation errors the Restore's item filters cause, in `validateAndComplete`'s order. */
export function validateRestoreFilters(restore: RestoreModel): FilterValidationError[] {
  const { includedResources: incR, excludedResources: excR } = restore;
  const errors: FilterValidationError[] = [];
  // Velero appends every non-restorable resource to the excludes before validating the lists.
  const excludes = [...excR, ...NON_RESTORABLE_RESOURCES.filter((r) => !excR.includes(r))];
  for (const r of NON_RESTORABLE_RESOURCES) {
    if (incR.includes(r))
      errors.push({
        message: `${r} are non-restorable resources`,
        path: listAt('includedResources', incR, r),
      });
  }
  errors.push(
    ...validateIncludesExcludes(
      {
        includes: incR,
        excludes,
        at: (list, item) =>
          list === 'includes' || !excR.includes(item)
            ? listAt('includedResources', incR, item)
            : listAt('excludedResources', excR, item),
      },
      'Invalid included/excluded resource lists',
    ),
  );
  const { includedNamespaces: incN, excludedNamespaces: excN } = restore;
  errors.push(
    ...validateIncludesExcludes(
      {
        includes: incN,
        excludes: excN,
        at: (list, item) =>
          list === 'includes'
            ? listAt('includedNamespaces', incN, item)
            : listAt('excludedNamespaces', excN, item),
      },
      'Invalid included/excluded namespace lists',
    ),
  );
  if (restore.orLabelSelectors !== undefined && restore.labelSelector !== undefined)
    errors.push({
      message:
        'encountered labelSelector as well as orLabelSelectors in restore spec, only one can be specified',
      path: ['spec', 'orLabelSelectors'],
    });
  return errors;
}
