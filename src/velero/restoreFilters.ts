/**
 * The Restore's own item filters, which decide whether a backed-up pod is restored at all
 * (`pkg/restore/restore.go` RestoreWithResolvers, getOrderedResourceCollection,
 * getSelectedRestoreableItems): the resource filter for `pods`, the namespace filter on the BACKUP
 * namespace, then `labelSelector` and `orLabelSelectors` on the backed-up labels. Their validation
 * (`pkg/controller/restore_controller.go` validateAndComplete) is in restoreFilterValidation.ts.
 */
import { GoPanic } from '../go/glob.ts';
import { explainNamespaceMatch, shouldInclude } from '../go/includesExcludes.ts';
import { convertLabelSelector, type LabelSelector } from '../go/labelSelector.ts';
import { sortUniqueStrings } from '../go/strings.ts';
import type { JsonPath } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import { readTypedStringMap } from './initHooks.ts';
import { expandNamespaceWildcards, type ExpandedNamespaces } from './namespaceWildcards.ts';
import type { PodTarget } from './pods.ts';
import { asObject } from '../model/json.ts';
import type { RestoreModel } from './restore.ts';

/** Why Velero does not restore a pod. */
export type PodSkipReason =
  | 'completed'
  | 'resource-excluded'
  | 'namespace-excluded'
  | 'label-selector'
  | 'or-label-selectors'
  | 'restore-failed';

export interface PodSkip {
  reason: PodSkipReason;
  /** One line for the user: why Velero does not restore the pod. */
  message: string;
}

/** An error `RestoreWithResolvers` returns before restoring any item, and where it comes from. */
export interface FilterFailure {
  message: string;
  path: JsonPath;
}

export interface RestoreFilters {
  /** Set when the restore fails before restoring any item: then every pod is skipped. */
  failure: FilterFailure | null;
  /** Why the filters leave out a pod; null when the pod is selected. */
  skip(target: PodTarget): PodSkip | null;
}

/** Resources of a standard cluster whose names a filter may spell: plural, singular, short names. */
const CORE_RESOURCES: readonly { plural: string; singular: string; short: readonly string[] }[] = [
  { plural: 'pods', singular: 'pod', short: ['po'] },
  { plural: 'persistentvolumeclaims', singular: 'persistentvolumeclaim', short: ['pvc'] },
  { plural: 'persistentvolumes', singular: 'persistentvolume', short: ['pv'] },
];

/**
 * One `includedResources`/`excludedResources` entry as `GetResourceIncludesExcludes`
 * (`pkg/util/collections/includes_excludes.go`) resolves it through discovery: `pods`, `pod`,
 * `Pods`, `po` and `pods.` all become `pods` (the shortcut expander is case-sensitive, the REST
 * mapper lowercases); a name it cannot resolve is kept as written and used as a glob. Only the
 * core resources above are resolved here: every other name resolves to something that is not one of
 * them, which is all a pod or volume filter needs.
 */
export function resolveRestoreResource(item: string): string {
  const dot = item.indexOf('.');
  const group = dot < 0 ? '' : item.slice(dot + 1);
  if (group !== '') return item; // the core group is "": no group name is a prefix of it
  const written = dot < 0 ? item : item.slice(0, dot);
  const expanded = CORE_RESOURCES.find((r) => r.short.includes(written))?.plural ?? written;
  const lower = expanded.toLowerCase();
  const found = CORE_RESOURCES.find((r) => r.plural === lower || r.singular === lower);
  return found ? found.plural : item;
}

/**
 * `GetResourceIncludesExcludes(...).ShouldInclude(resource)` for a core resource: `*` is kept in
 * includes and dropped from excludes, entries resolving to "" are dropped, the rest are globs.
 */
export function restoreIncludesResource(restore: RestoreModel, resource: string): boolean {
  const map = (items: readonly string[], dropStar: boolean) =>
    items
      .flatMap((i) => (i === '*' ? (dropStar ? [] : [i]) : [resolveRestoreResource(i)]))
      .filter((i) => i !== '');
  return shouldInclude(
    map(restore.includedResources, false),
    map(restore.excludedResources, true),
    resource,
  );
}

/** The Restore's filters, converted once for all pods (`RestoreWithResolvers`). */
export function readRestoreFilters(
  restore: RestoreModel,
  version: VeleroVersion,
  backupNamespaces: readonly string[],
): RestoreFilters {
  const converted = convertSelectors(restore, version);
  if ('failure' in converted) return failed(converted.failure);
  let expanded: ReturnType<typeof expandNamespaceWildcards>;
  try {
    expanded = expandNamespaceWildcards(restore, version, backupNamespaces);
  } catch (e) {
    if (!(e instanceof GoPanic)) throw e;
    return failed({ message: e.message, path: ['spec', 'includedNamespaces'] });
  }
  if (expanded && 'error' in expanded)
    return failed({ message: expanded.error, path: ['spec', expanded.field] });
  let resourceIncluded: boolean;
  try {
    resourceIncluded = restoreIncludesResource(restore, 'pods');
  } catch (e) {
    if (!(e instanceof GoPanic)) throw e;
    return failed({ message: e.message, path: ['spec', 'includedResources'] });
  }
  return {
    failure: null,
    skip(target) {
      if (!resourceIncluded) return resourceSkip(restore);
      const ns = namespaceSkip(restore, expanded, target.namespace);
      if (ns) return ns;
      const labels = readTypedStringMap(asObject(target.pod['metadata'])['labels']);
      return selectorSkip(converted, labels);
    },
  };
}

function failed(failure: FilterFailure): RestoreFilters {
  const message = `Velero fails the restore before restoring any item: ${failure.message}`;
  return { failure, skip: () => ({ reason: 'restore-failed', message }) };
}

interface Selectors {
  /** undefined: no `labelSelector` (Velero uses `{}`, which matches everything). */
  label: LabelSelector | undefined;
  or: LabelSelector[];
}

/** OrLabelSelectors first, then labelSelector: the first conversion error ends the restore. */
function convertSelectors(
  restore: RestoreModel,
  version: VeleroVersion,
): Selectors | { failure: FilterFailure } {
  const noun = version.behaviours.selectorOperatorText;
  const or: LabelSelector[] = [];
  for (const [i, raw] of (restore.orLabelSelectors ?? []).entries()) {
    const c = convertLabelSelector(raw, noun);
    if ('error' in c)
      return { failure: { message: c.error, path: ['spec', 'orLabelSelectors', i, ...c.path] } };
    or.push(c.selector);
  }
  if (restore.labelSelector === undefined) return { label: undefined, or };
  const c = convertLabelSelector(restore.labelSelector, noun);
  if ('error' in c)
    return { failure: { message: c.error, path: ['spec', 'labelSelector', ...c.path] } };
  return { label: c.selector, or };
}

const NOT_RESTORED = 'Velero does not restore the pod, so it gets no hooks';

function resourceSkip(restore: RestoreModel): PodSkip {
  const excluded = restore.excludedResources.find((r) => r !== '*' && matchesPods(r));
  const why =
    excluded !== undefined
      ? `excludedResources has ${JSON.stringify(excluded)}, which leaves out pods`
      : `includedResources [${sortUniqueStrings(restore.includedResources).join(', ')}] does not include pods`;
  return {
    reason: 'resource-excluded',
    message: `the Restore's ${why} (pkg/restore/restore.go getOrderedResourceCollection): ${NOT_RESTORED}`,
  };
}

function matchesPods(item: string): boolean {
  try {
    return shouldInclude([resolveRestoreResource(item)], [], 'pods');
  } catch {
    return false;
  }
}

function namespaceSkip(
  restore: RestoreModel,
  expanded: ExpandedNamespaces | null,
  namespace: string,
): PodSkip | null {
  const where = 'pkg/restore/restore.go getOrderedResourceCollection';
  const skip = (why: string): PodSkip => ({
    reason: 'namespace-excluded',
    message: `the Restore's namespace filter leaves it out (${why}; ${where}): ${NOT_RESTORED}`,
  });
  if (expanded) {
    if (shouldInclude(expanded.includes, expanded.excludes, namespace)) return null;
    return skip(expanded.explain(namespace));
  }
  try {
    const m = explainNamespaceMatch(
      restore.includedNamespaces,
      restore.excludedNamespaces,
      namespace,
    );
    return m.included ? null : skip(m.reason);
  } catch (e) {
    if (!(e instanceof GoPanic)) throw e;
    return {
      reason: 'restore-failed',
      message: `Velero panics matching the Restore's namespace patterns against ${JSON.stringify(namespace)} (${e.message}) and restores nothing`,
    };
  }
}

/** `getSelectedRestoreableItems`: labelSelector, then "no orLabelSelector matches" skips the item. */
function selectorSkip(selectors: Selectors, labels: Record<string, string>): PodSkip | null {
  const where = 'pkg/restore/restore.go getSelectedRestoreableItems';
  if (selectors.label && !selectors.label.matches(labels)) {
    const reasons = selectors.label.explain(labels).join('; ');
    return {
      reason: 'label-selector',
      message: `the Restore's labelSelector (${selectors.label.text || '<nothing>'}) does not match the pod's labels (${reasons || 'matches nothing'}; ${where}): ${NOT_RESTORED}`,
    };
  }
  if (selectors.or.length === 0 || selectors.or.some((s) => s.matches(labels))) return null;
  const texts = selectors.or.map((s) => s.text || '<nothing>').join(' | ');
  return {
    reason: 'or-label-selectors',
    message: `none of the Restore's orLabelSelectors (${texts}) match the pod's labels (${where}): ${NOT_RESTORED}`,
  };
}
