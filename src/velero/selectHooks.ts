import { GoPanic } from '../go/glob.ts';
import { explainNamespaceMatch, shouldInclude } from '../go/includesExcludes.ts';
import { convertLabelSelector, type LabelSelector } from '../go/labelSelector.ts';
import type { JsonPath } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
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
export function collectSelectableHooks(
  restore: RestoreModel,
  version: VeleroVersion,
): {
  hooks: SelectableHook[];
  error: SelectorError | null;
} {
  const hooks: SelectableHook[] = [];
  for (const hook of restore.resources) {
    if (hook.labelSelector === undefined) {
      hooks.push({ hook, selector: undefined });
      continue;
    }
    const converted = convertLabelSelector(
      hook.labelSelector,
      version.behaviours.selectorOperatorText,
    );
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

/**
 * Whether one Restore resource hook selects a pod, and if not, why not. A `panic` is gobwas v0.2.3
 * panicking on a namespace pattern (an empty `{}` part at its end) while Velero matches it.
 */
export type HookMatch =
  | { kind: 'selected'; hook: SelectableHook }
  | {
      kind: 'not-selected';
      hook: SelectableHook;
      /** One line per failed condition: the namespace, then each unmet label requirement. */
      reasons: string[];
    }
  | { kind: 'panic'; hook: SelectableHook; message: string };

/**
 * The one place hook selection is computed: `ResourceHookSelector.applicableTo`
 * (`internal/hook/item_hook_handler.go`) of every hook, in order, for a pod seen with `namespace`
 * and `labels`: namespace includes/excludes, then the label selector. The resource filter is always
 * "pods", so it never excludes. Every hook is matched, even after a panic; the callers stop there.
 */
export function matchResourceHooks(
  hooks: readonly SelectableHook[],
  namespace: string,
  labels: Readonly<Record<string, string>>,
): HookMatch[] {
  return hooks.map((hook) => matchHook(hook, namespace, labels));
}

function matchHook(
  h: SelectableHook,
  namespace: string,
  labels: Readonly<Record<string, string>>,
): HookMatch {
  try {
    if (hookApplies(h, namespace, labels)) return { kind: 'selected', hook: h };
  } catch (err) {
    if (err instanceof GoPanic) return { kind: 'panic', hook: h, message: err.message };
    throw err;
  }
  const ns = explainNamespaceMatch(h.hook.includedNamespaces, h.hook.excludedNamespaces, namespace);
  const reasons = ns.included ? [] : [ns.reason];
  if (h.selector) reasons.push(...h.selector.explain(labels));
  return { kind: 'not-selected', hook: h, reasons };
}

function hookApplies(
  h: SelectableHook,
  namespace: string,
  labels: Readonly<Record<string, string>>,
): boolean {
  if (!shouldInclude(h.hook.includedNamespaces, h.hook.excludedNamespaces, namespace)) return false;
  return h.selector === undefined || h.selector.matches(labels);
}

/** Why a hook does or does not select a pod, one reason per line (none when it does). */
export function explainHookMatch(match: HookMatch): string[] {
  if (match.kind === 'selected') return [];
  if (match.kind === 'panic')
    return [`Velero panics matching the namespace patterns: ${match.message}`];
  return match.reasons;
}

export interface ValidationError {
  message: string;
  path: JsonPath;
}

export interface RestoreValidation {
  /** Entries Velero would put in `status.validationErrors`; any makes the Restore `FailedValidation`. */
  errors: ValidationError[];
  /** The Go panic validation raises, if any (1.10.0: an entry without `init`); the server exits. */
  panic: ValidationError | null;
}

/** Go's message for a nil pointer dereference, as the velero server log shows it. */
const NIL_DEREFERENCE = 'runtime error: invalid memory address or nil pointer dereference';

/**
 * The hook part of the restore controller's `validateAndComplete` (`pkg/controller/restore_controller.go`):
 * a selector conversion error, else every init container of every hook through `ValidateContainer`,
 * whether or not the hook matches any pod. On 1.10.0 an entry without `init` panics (velero#5674).
 */
export function validateRestoreHooks(
  restore: RestoreModel,
  version: VeleroVersion,
): RestoreValidation {
  const { error } = collectSelectableHooks(restore, version);
  if (error) return { errors: [error], panic: null };
  const errors: ValidationError[] = [];
  for (const hook of restore.resources) {
    for (const post of hook.postHooks) {
      if (post.initContainers === undefined) {
        if (!version.behaviours.execOnlyHookCrashesValidation) continue;
        return { errors, panic: { message: NIL_DEREFERENCE, path: post.path } };
      }
      post.initContainers.forEach((raw, i) => {
        const message = validateHookContainer(raw, version);
        if (message) errors.push({ message, path: [...post.path, 'init', 'initContainers', i] });
      });
    }
  }
  return { errors, panic: null };
}
