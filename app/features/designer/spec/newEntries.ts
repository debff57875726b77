import type { PodView } from '../../../../src/index.ts';
import { asObject } from '../../../../src/index.ts';
import { asText, type PlainObject } from '../values.ts';

/** A first `hooks.resources[]` entry: a unique name, scoped to the target's namespace. */
export function createResourceHook(
  existing: readonly unknown[],
  target: PodView | null,
): PlainObject {
  const names = new Set(existing.map((h) => asText(asObject(h)['name'])));
  let n = existing.length + 1;
  while (names.has(`hook-${n}`)) n++;
  const hook: PlainObject = { name: `hook-${n}` };
  if (target) hook['includedNamespaces'] = [target.targetNamespace];
  return hook;
}

/** A new init `postHooks[]` entry: one container for the user to fill (Velero needs name, image, command). */
export function createInitPostHook(): PlainObject {
  return { init: { initContainers: [{ name: 'restore-init' }] } };
}

/** A new exec `postHooks[]` entry: the command is for the user to fill. */
export function createExecPostHook(): PlainObject {
  return { exec: { command: [] } };
}
