import { validateDns1123Label } from '../go/dns.ts';
import { parseDuration } from '../go/duration.ts';
import { LEGACY_RESTIC_WAIT_CONTAINER, RESTORE_WAIT_CONTAINER } from '../model/annotations.ts';
import type { JsonPath } from '../model/types.ts';
import type {
  DesignedExecHook,
  DesignedHook,
  DesignedInitHook,
  DesignProblem,
  DesignProblemCode,
} from './design.ts';

/** Collects problems with a path prefix. */
export type Problems = (code: DesignProblemCode, path: JsonPath, message: string) => void;

/** A problem collector writing into `out`. */
export function createCollector(out: DesignProblem[]): Problems {
  return (code, path, message) => out.push({ code, path, message });
}

/** A lone UTF-16 surrogate: not Unicode, so it cannot reach Kubernetes (UTF-8) unchanged. */
const LONE_SURROGATE = /\p{Cs}/u;

/** True when every string inside `value` is well-formed Unicode (no lone surrogates). */
export function isWellFormedDeep(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.every(isWellFormedDeep);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([k, v]) => !LONE_SURROGATE.test(k) && isWellFormedDeep(v));
  }
  return true;
}

/**
 * Checks the annotation hooks of one pod: at most one init and one exec hook (the annotation keys
 * exist once per pod), each expressible as Velero reads it back.
 */
export function validateAnnotationHooks(
  hooks: readonly DesignedHook[],
  base: (i: number) => JsonPath,
): DesignProblem[] {
  const out: DesignProblem[] = [];
  const report = createCollector(out);
  const seen = new Set<string>();
  hooks.forEach((hook, i) => {
    const path = base(i);
    const kind = (hook as { kind?: unknown }).kind;
    if (kind !== 'init' && kind !== 'exec') {
      report(
        'unknown-hook-kind',
        [...path, 'kind'],
        `a hook is either 'init' or 'exec' (got ${JSON.stringify(kind)})`,
      );
      return;
    }
    if (seen.has(kind)) {
      report(
        'too-many-annotation-hooks',
        path,
        `annotations express one ${kind} hook per pod; put more ${kind} hooks in a Restore (spec.hooks.resources)`,
      );
    }
    seen.add(kind);
    if (!isWellFormedDeep(hook))
      report('not-unicode', path, 'a text contains a lone UTF-16 surrogate, which is not Unicode');
    if (kind === 'init') validateInitHook(hook as DesignedInitHook, path, report);
    else validateExecHook(hook as DesignedExecHook, path, report);
  });
  return out;
}

/** `getInitContainerFromAnnotation` needs an image (else no hook) and a command (else it panics). */
function validateInitHook(hook: DesignedInitHook, path: JsonPath, report: Problems): void {
  validateImage(hook.image, [...path, 'image'], report);
  if (hook.name !== undefined && hook.name !== '')
    validateContainerName(hook.name, [...path, 'name'], report);
  validateCommand(hook.command, [...path, 'command'], report);
}

/** An exec hook as annotations or `postHooks[].exec` express it. */
export function validateExecHook(hook: DesignedExecHook, path: JsonPath, report: Problems): void {
  if (hook.container !== undefined && hook.container !== '') {
    validateContainerName(hook.container, [...path, 'container'], report);
  }
  if (validateCommand(hook.command, [...path, 'command'], report) && hook.command.length === 0) {
    report(
      'exec-command-empty',
      [...path, 'command'],
      'an exec hook needs a command: with [] Velero runs the hook and it fails with "command is required"',
    );
  }
  const onError: unknown = hook.onError;
  if (onError !== undefined && onError !== 'Continue' && onError !== 'Fail') {
    report(
      'invalid-on-error',
      [...path, 'onError'],
      `onError must be exactly Continue or Fail (got ${JSON.stringify(onError)}); Velero treats anything else as unset`,
    );
  }
  for (const field of ['execTimeout', 'waitTimeout'] as const) {
    const value: unknown = hook[field];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || parseDuration(value) === null) {
      report(
        'invalid-duration',
        [...path, field],
        `${field} ${JSON.stringify(value)} is not a Go duration (units ns, us, ms, s, m, h, e.g. 30s or 1m30s); Velero would use 0`,
      );
    }
  }
  const ready: unknown = hook.waitForReady;
  if (ready !== undefined && typeof ready !== 'boolean') {
    report(
      'invalid-wait-for-ready',
      [...path, 'waitForReady'],
      'waitForReady must be true or false',
    );
  }
}

/** True when `command` is an array of strings (reported otherwise). */
export function validateCommand(
  command: unknown,
  path: JsonPath,
  report: Problems,
): command is string[] {
  if (Array.isArray(command) && command.every((c) => typeof c === 'string')) return true;
  report('command-not-strings', path, 'a command is a list of strings');
  return false;
}

/** Container names are DNS-1123 labels; `restore-wait`/`restic-wait` are removed by PodVolumeRestoreAction. */
export function validateContainerName(name: unknown, path: JsonPath, report: Problems): void {
  if (typeof name !== 'string') {
    report('invalid-container-name', path, 'a container name is a string');
    return;
  }
  const errs = validateDns1123Label(name);
  if (errs.length > 0) {
    report(
      'invalid-container-name',
      path,
      `container name ${JSON.stringify(name)}: ${errs.join('; ')}`,
    );
    return;
  }
  if (name === RESTORE_WAIT_CONTAINER || name === LEGACY_RESTIC_WAIT_CONTAINER) {
    report(
      'reserved-container-name',
      path,
      `${name} is reserved: Velero's PodVolumeRestoreAction removes every container with this name`,
    );
  }
}

/** An image is required, and must be a pullable reference (no surrounding whitespace, no control characters). */
export function validateImage(image: unknown, path: JsonPath, report: Problems): void {
  if (typeof image !== 'string' || image === '') {
    report(
      'image-required',
      path,
      'an init container needs an image (without it Velero adds no init container)',
    );
    return;
  }
  if (image !== image.trim() || hasControlCharacter(image)) {
    report(
      'invalid-image',
      path,
      `image ${JSON.stringify(image)} has surrounding whitespace or control characters`,
    );
  }
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
