import { compileGlob } from '../go/glob.ts';
import { convertLabelSelector } from '../go/labelSelector.ts';
import type { Container, JsonPath } from '../model/types.ts';
import { decodeContainer } from '../velero/decodeContainer.ts';
import { getDefaultVeleroVersion } from '../versions/versionModel.ts';
import type { DesignedResourceHook, DesignedSpecInit, DesignProblem } from './design.ts';
import {
  createCollector,
  isWellFormedDeep,
  validateContainerName,
  validateExecHook,
  validateImage,
  type Problems,
} from './validate.ts';

/**
 * Checks Restore resource hooks against what Velero accepts and reads back unchanged: unique hook
 * names (the hook tracker keys on them), glob patterns gobwas compiles, a selector
 * `LabelSelectorAsSelector` converts, and init containers that pass `ValidateContainer`.
 */
export function validateResourceHooks(hooks: readonly DesignedResourceHook[]): DesignProblem[] {
  const out: DesignProblem[] = [];
  const report = createCollector(out);
  const names = new Set<string>();
  hooks.forEach((hook, i) => {
    const path: JsonPath = [i];
    if (!isWellFormedDeep(hook))
      report('not-unicode', path, 'a text contains a lone UTF-16 surrogate, which is not Unicode');
    if (names.has(hook.name)) {
      report(
        'duplicate-hook-name',
        [...path, 'name'],
        `two resource hooks are named ${JSON.stringify(hook.name)}: Velero's hook tracker would count their exec hooks once, hiding failures`,
      );
    }
    names.add(hook.name);
    for (const field of ['includedNamespaces', 'excludedNamespaces'] as const) {
      (hook[field] ?? []).forEach((pattern, j) => {
        const compiled = compileGlob(pattern);
        if ('error' in compiled) {
          report(
            'invalid-namespace-pattern',
            [...path, field, j],
            `namespace pattern ${JSON.stringify(pattern)}: ${compiled.error}`,
          );
        }
      });
    }
    if (hook.labelSelector !== undefined) {
      const converted = convertLabelSelector(hook.labelSelector);
      if ('error' in converted) {
        report(
          'invalid-label-selector',
          [...path, 'labelSelector', ...converted.path],
          `labelSelector: ${converted.error}`,
        );
      }
    }
    validatePostHooks(hook, path, report);
  });
  return out;
}

function validatePostHooks(hook: DesignedResourceHook, path: JsonPath, report: Problems): void {
  if (!Array.isArray(hook.postHooks) || hook.postHooks.length === 0) {
    report(
      'no-post-hooks',
      [...path, 'postHooks'],
      'a resource hook needs at least one post hook (init or exec)',
    );
    return;
  }
  const containerNames = new Set<string>();
  hook.postHooks.forEach((post, j) => {
    const postPath = [...path, 'postHooks', j];
    const kind = (post as { kind?: unknown }).kind;
    if (kind === 'exec')
      validateExecHook(post as Parameters<typeof validateExecHook>[0], postPath, report);
    else if (kind === 'init')
      validateSpecInit(post as DesignedSpecInit, postPath, containerNames, report);
    else
      report(
        'unknown-hook-kind',
        [...postPath, 'kind'],
        `a post hook is either 'init' or 'exec' (got ${JSON.stringify(kind)})`,
      );
  });
}

function validateSpecInit(
  post: DesignedSpecInit,
  path: JsonPath,
  names: Set<string>,
  report: Problems,
): void {
  if (!Array.isArray(post.initContainers) || post.initContainers.length === 0) {
    report(
      'no-init-containers',
      [...path, 'initContainers'],
      'an init post hook needs at least one init container',
    );
    return;
  }
  post.initContainers.forEach((raw, k) => {
    const name = validateSpecContainer(raw, [...path, 'initContainers', k], report);
    if (name === undefined) return;
    if (names.has(name)) {
      report(
        'duplicate-container-name',
        [...path, 'initContainers', k, 'name'],
        `init container ${name} is injected twice into the same pod; the API server rejects the pod`,
      );
    }
    names.add(name);
  });
}

/**
 * One spec init container, decoded as Go's `json.Unmarshal` into `corev1.Container` would be: no
 * unknown keys (Velero drops them), exact key case, right types, and `ValidateContainer`'s non-empty
 * command, name and image. Returns the container name when there is one.
 */
function validateSpecContainer(raw: unknown, path: JsonPath, report: Problems): string | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report('invalid-container', path, 'an init container is an object (a corev1.Container)');
    return undefined;
  }
  const decoded = decodeContainer(raw, getDefaultVeleroVersion());
  if (decoded.error) {
    report('invalid-container', path, decoded.error);
    return undefined;
  }
  for (const key of decoded.unknownKeys) {
    report(
      'unknown-container-field',
      [...path, key],
      `${key} is not a corev1.Container field: Velero drops it`,
    );
  }
  for (const { from, to } of decoded.renamedKeys) {
    report(
      'container-field-case',
      [...path, from],
      `write ${to}, not ${from} (Go matches it case-insensitively; other tools do not)`,
    );
  }
  const c = decoded.container ?? {};
  validateContainerName(c.name ?? '', [...path, 'name'], report);
  validateImage(c.image, [...path, 'image'], report);
  if (!Array.isArray(c.command) || c.command.length === 0)
    report('init-command-empty', [...path, 'command'], initCommandMessage);
  return typeof c.name === 'string' && c.name !== '' ? c.name : undefined;
}

const initCommandMessage =
  "a Restore init container needs a non-empty command (ValidateContainer fails the whole Restore); args alone or the image's entrypoint are not accepted";

/** The container exactly as Velero decodes it (canonical keys, `null` fields left out), for emitting. */
export function decodeSpecContainer(raw: Container): Container {
  return decodeContainer(raw, getDefaultVeleroVersion()).container ?? {};
}
