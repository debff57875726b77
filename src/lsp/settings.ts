/**
 * Which Velero release the server predicts: the workspace setting `restoreHooks.veleroVersion`,
 * else the client's initializationOptions `veleroVersion`, else the engine's default.
 */
import { getDefaultVeleroVersion, resolveVeleroVersion, type VeleroVersion } from '../index.ts';

export interface VersionChoice {
  version: VeleroVersion;
  /** Where it came from, for the log. */
  from: 'settings' | 'initializationOptions' | 'default';
  /** A value that did not resolve, with why (shown to the user once). */
  warnings: string[];
}

/** Reads `veleroVersion` of an object that may be anything a client sends. */
export function readVeleroVersionSetting(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = (value as Record<string, unknown>)['veleroVersion'];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Picks the version: settings over initializationOptions over the default; a bad value is skipped with a warning. */
export function chooseVersion(settings: unknown, initializationOptions: unknown): VersionChoice {
  const warnings: string[] = [];
  const candidates = [
    ['settings', readVeleroVersionSetting(settings), 'restoreHooks.veleroVersion'],
    ['initializationOptions', readVeleroVersionSetting(initializationOptions), 'veleroVersion'],
  ] as const;
  for (const [from, text, label] of candidates) {
    if (text === undefined) continue;
    const resolved = resolveVeleroVersion(text);
    if (resolved.version) return { version: resolved.version, from, warnings };
    warnings.push(`${label} ${JSON.stringify(text)}: ${resolved.error ?? 'not a Velero version'}`);
  }
  return { version: getDefaultVeleroVersion(), from: 'default', warnings };
}
