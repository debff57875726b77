import { isScenarioEdit } from '../../src/index.ts';
import type { DesignerState } from './store.ts';
import { readVeleroVersion } from './versionSlice.ts';

/**
 * The authored state: every field of the store that is not an action. Autosave and share links both
 * carry exactly this, so a slice added to the store is saved and shared without further code.
 */
export type AuthoredState = {
  [
    K in keyof DesignerState as DesignerState[K] extends (...args: never[]) => unknown ? never : K
  ]: DesignerState[K];
};

/**
 * Version of the authored state's shape, shared by autosave and links. Adding a field needs no new
 * version (missing fields take their defaults); renaming or reshaping one does, with a step in
 * `migrateAuthoredState`.
 */
export const AUTHORED_STATE_VERSION = 1;

/** The store's data fields, without its actions (a state without actions comes back as it is). */
export function selectAuthoredState(state: AuthoredState): AuthoredState {
  const authored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (typeof value !== 'function') authored[key] = value;
  }
  return authored as AuthoredState;
}

/** Upgrades authored state saved or shared by an older version; undefined when it cannot. */
export function migrateAuthoredState(value: unknown, fromVersion: number): unknown {
  // Version 1 is the first: nothing older exists yet. A version 2 adds `if (fromVersion < 2) ...`.
  return fromVersion >= 1 && fromVersion <= AUTHORED_STATE_VERSION ? value : undefined;
}

type FieldCleaner<K extends keyof AuthoredState> = (value: unknown) => AuthoredState[K] | undefined;

/**
 * Checks for fields whose kind says too little, applied to what autosave and links bring back: a
 * field whose cleaner returns undefined keeps its default. Add a line when a slice needs one.
 */
const fieldCleaners: { [K in keyof AuthoredState]?: FieldCleaner<K> } = {
  designerPlace: (v) => (v === 'annotations' || v === 'spec' ? v : undefined),
  designerAnnotationHook: (v) => (v === 'init' || v === 'exec' ? v : undefined),
  scenarioEdits: (v) => (Array.isArray(v) ? v.filter(isScenarioEdit) : undefined),
  veleroVersion: readVeleroVersion,
  compareTo: readVeleroVersion,
  lesson: (v) => (typeof v === 'string' ? v : undefined),
};

type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'other';

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'other';
}

/**
 * Keeps the fields of a saved or shared value that the store knows and that have the kind of the
 * store's default (`reference`) and pass their cleaner; anything else is dropped so the default
 * stays. A field whose default is null accepts a string, number or boolean too (e.g. a selection).
 */
export function sanitizeAuthoredState(
  value: unknown,
  reference: AuthoredState,
): Partial<AuthoredState> {
  if (kindOf(value) !== 'object') return {};
  const source = value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(reference)) {
    if (!Object.hasOwn(source, key) || typeof fallback === 'function') continue;
    const candidate = source[key];
    const expected = kindOf(fallback);
    const actual = kindOf(candidate);
    const nullable = expected === 'null' && ['string', 'number', 'boolean'].includes(actual);
    if (actual !== expected && !nullable) continue;
    const clean = (fieldCleaners as Record<string, (value: unknown) => unknown>)[key];
    const value = clean ? clean(candidate) : candidate;
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}
