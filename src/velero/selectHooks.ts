import { GoPanic } from '../go/glob.ts';
import { explainNamespaceMatch, shouldInclude } from '../go/includesExcludes.ts';
import { convertLabelSelector, type LabelSelector } from '../go/labelSelector.ts';
import type { JsonPath } from '../model/types.ts';
import { validateHookContainer } from './decodeContainer.ts';
import type { ResourceHook, RestoreModel } from './restore.ts';

/** A resource hook with its label selector converted (`internal/hook` ResourceRestoreHook). */
export interface SelectableHook {
  hook: ResourceHook;
  /** undefined: no `labelSelector`, so no label filtering. */
  selector: LabelSelector | undefined;
}

export interface SelectorError {
  message: string;
  path: JsonPath;
}

/**
 * `GetRestoreHooksFromSpec` (`internal/hook/item_hook_handler.go`): converts every hook's label
 * selector; the first bad selector aborts the whole conversion. The resource filter is always
 * "pods": `includedResources`/`excludedResources` are never read.
 */
export function selectableHooks(restore: RestoreModel): {
  hooks: SelectableHook[];
  error: SelectorError | null;
} {
  const hooks: SelectableHook[] = [];
  for (const hook of restore.resources) {
    if (hook.labelSelector === undefined) {
      hooks.push({ hook, selector: undefined });
      continue;
    }
    const converted = convertLabelSelector(hook.labelSelector);
    if ('error' in converted) {
      return {
        hooks: [],
        error: {
          message: converted.error,
          path: [...hook.path, 'labelSelector', ...converted.path],
        },
      };
    }
    hooks.push({ hook, selector: converted.selector });
  }
  return { hooks, error: null };
}

/** `ResourceHookSelector.applicableTo` for a pod: namespace includes/excludes, then labels. */
export function hookApplies(
  h: SelectableHook,
  namespace: string,
  labels: Record<string, string>,
): boolean {
  if (!shouldInclude(h.hook.includedNamespaces, h.hook.excludedNamespaces, namespace)) return false;
  return h.selector === undefined || h.selector.matches(labels);
}

/**
 * `hookApplies`, with gobwas v0.2.3's panics (a pattern with an empty `{}` part at the end of the
 * namespace) returned as their message instead of thrown.
 */
export function tryApplies(
  h: SelectableHook,
  namespace: string,
  labels: Record<string, string>,
): boolean | string {
  try {
    return hookApplies(h, namespace, labels);
  } catch (err) {
    if (err instanceof GoPanic) return err.message;
    throw err;
  }
}

/** Why a hook does or does not select a pod, one reason per line, for the designer. */
export function explainHookMatch(
  h: SelectableHook,
  namespace: string,
  labels: Record<string, string>,
): string[] {
  const applies = tryApplies(h, namespace, labels);
  if (typeof applies === 'string')
    return [`Velero panics matching the namespace patterns: ${applies}`];
  const ns = explainNamespaceMatch(h.hook.includedNamespaces, h.hook.excludedNamespaces, namespace);
  const reasons = ns.included ? [] : [ns.reason];
  if (h.selector) reasons.push(...h.selector.explain(labels));
  return reasons;
}

export interface ValidationError {
  message: string;
  path: JsonPath;
}

/**
 * The hook part of the restore controller's `validateAndComplete` (`pkg/controller/restore_controller.go`):
 * a selector conversion error, else every init container of every hook through `ValidateContainer`,
 * whether or not the hook matches any pod. Any entry makes the Restore `FailedValidation`.
 */
export function validateRestoreHooks(restore: RestoreModel): ValidationError[] {
  const { error } = selectableHooks(restore);
  if (error) return [error];
  const errors: ValidationError[] = [];
  for (const hook of restore.resources) {
    for (const post of hook.postHooks) {
      (post.initContainers ?? []).forEach((raw, i) => {
        const message = validateHookContainer(raw);
        if (message) errors.push({ message, path: [...post.path, 'init', 'initContainers', i] });
      });
    }
  }
  return errors;
}
