/**
 * The Velero version model: resolve what a user typed (`1.17.2`, `v1.17.2`, `1.17`, `main`) to a
 * release, and give each behaviour's value at that release, computed once. Engine steps take a
 * `VeleroVersion` and read `version.behaviours.<id>`; only this file orders releases.
 */
import {
  BEHAVIOURS,
  type Behaviour,
  type BehaviourChange,
  type BehaviourId,
} from './behaviours.ts';
import { DEFAULT_RELEASE, RELEASES, type VeleroRelease } from './releases.ts';

type ValueOf<B> = B extends Behaviour<infer T> ? T : never;

/** Each behaviour's value at one release. */
export type BehaviourValues = { readonly [K in BehaviourId]: ValueOf<(typeof BEHAVIOURS)[K]> };

export interface VeleroVersion {
  /** The release name: `1.17.2` or `main`. */
  name: string;
  release: VeleroRelease;
  behaviours: BehaviourValues;
}

const releaseIndex = new Map(RELEASES.map((r, i) => [r.name, i]));
const resolved = new Map<string, VeleroVersion>();

/** The change of a behaviour in force at a release: the last entry at or before it. */
export function changeAt<T>(b: Behaviour<T>, releaseName: string): BehaviourChange<T> {
  const at = releaseIndex.get(releaseName) ?? -1;
  let current = b.changes[0]!;
  for (const c of b.changes) if ((releaseIndex.get(c.since) ?? Infinity) <= at) current = c;
  return current;
}

function versionOf(release: VeleroRelease): VeleroVersion {
  const cached = resolved.get(release.name);
  if (cached) return cached;
  const values: Record<string, unknown> = {};
  for (const [id, b] of Object.entries(BEHAVIOURS)) {
    values[id] = changeAt(b as Behaviour<unknown>, release.name).value;
  }
  const version = { name: release.name, release, behaviours: values as BehaviourValues };
  resolved.set(release.name, version);
  return version;
}

/** The version the engine follows when none is chosen (the newest release). */
export function getDefaultVeleroVersion(): VeleroVersion {
  return versionOf(RELEASES[releaseIndex.get(DEFAULT_RELEASE)!]!);
}

/**
 * Resolves `1.17.2`, `v1.17.2`, `1.17` (the newest patch of that minor, or the oldest when it
 * starts a range) or `main`; an error listing the supported versions for anything else.
 */
export function resolveVeleroVersion(
  text: string,
  minorMeans: 'newest-patch' | 'oldest-patch' = 'newest-patch',
): { version: VeleroVersion; error?: undefined } | { version?: undefined; error: string } {
  const wanted = text.trim().replace(/^v/, '');
  const exact = RELEASES.find((r) => r.name === wanted);
  if (exact) return { version: versionOf(exact) };
  if (/^\d+\.\d+$/.test(wanted)) {
    const patches = RELEASES.filter((r) => r.name.startsWith(`${wanted}.`));
    const patch = minorMeans === 'newest-patch' ? patches[patches.length - 1] : patches[0];
    if (patch) return { version: versionOf(patch) };
  }
  return {
    error: `unknown Velero version "${text}"; supported: ${RELEASES.map((r) => r.name).join(', ')} (or a minor such as 1.17)`,
  };
}

/** Every supported version, oldest first. */
export function listSupportedVersions(): VeleroVersion[] {
  return RELEASES.map(versionOf);
}

/**
 * The releases where a predicate on the behaviours holds, as ranges of consecutive releases
 * (`1.16.2–1.17.2`, `1.13.0 and later`), for catalogue entries and messages.
 */
export function findReleaseRanges(holds: (behaviours: BehaviourValues) => boolean): string[] {
  const all = listSupportedVersions();
  const ranges: string[] = [];
  let start: number | null = null;
  all.forEach((v, i) => {
    const yes = holds(v.behaviours);
    if (yes && start === null) start = i;
    const last = i === all.length - 1;
    if (start !== null && (!yes || last)) {
      const end = yes ? i : i - 1;
      const from = all[start]!.name;
      const to = all[end]!.name;
      ranges.push(
        end === all.length - 1
          ? from === to
            ? to
            : `${from} and later`
          : from === to
            ? from
            : `${from}–${to}`,
      );
      start = null;
    }
  });
  return ranges;
}
