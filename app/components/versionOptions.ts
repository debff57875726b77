import { listSupportedVersions } from '../../src/index.ts';

export interface VersionOption {
  value: string;
  label: string;
}

/** The picker's choices: every supported version, newest first (`main` on top), with its date. */
export function listVersionOptions(): VersionOption[] {
  return listSupportedVersions()
    .map((v) => ({ value: v.name, label: `${v.name} (${v.release.date})` }))
    .reverse();
}
