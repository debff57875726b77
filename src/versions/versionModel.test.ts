import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, type Behaviour, type BehaviourId } from './behaviours.ts';
import { RELEASES } from './releases.ts';
import {
  changeAt,
  getDefaultVeleroVersion,
  resolveVeleroVersion,
  listSupportedVersions,
} from './versionModel.ts';

const names = RELEASES.map((r) => r.name);
const before = (v: string) => names[names.indexOf(v) - 1]!;

describe('resolveVeleroVersion', () => {
  it.each([
    ['1.17.2', '1.17.2'],
    ['v1.17.2', '1.17.2'],
    ['1.17', '1.17.2'],
    ['v1.12', '1.12.4'],
    ['1.10', '1.10.3'],
    ['main', 'main'],
    [' 1.18.2 ', '1.18.2'],
  ])('%s → %s', (text, name) => {
    expect(resolveVeleroVersion(text).version?.name).toBe(name);
  });

  it.each(['1.9', '1.9.0', '2.0', 'latest', '', '1.17.9'])(
    'rejects %j, listing the supported versions',
    (text) => {
      const { error } = resolveVeleroVersion(text);
      expect(error).toContain(`unknown Velero version "${text}"`);
      expect(error).toContain('1.10.0, 1.10.1');
      expect(error).toContain('1.18.2, main');
    },
  );

  it('defaults to the newest release, and resolves each release once', () => {
    expect(getDefaultVeleroVersion().name).toBe('1.18.2');
    expect(resolveVeleroVersion('1.18').version).toBe(getDefaultVeleroVersion());
    expect(listSupportedVersions().map((v) => v.name)).toEqual(names);
    expect(resolveVeleroVersion('1.13', 'oldest-patch').version?.name).toBe('1.13.0');
  });
});

describe('every behaviour entry', () => {
  const entries = Object.entries(BEHAVIOURS) as [BehaviourId, (typeof BEHAVIOURS)[BehaviourId]][];

  it.each(entries)(
    '%s starts at the oldest release and changes only at supported releases, in order',
    (_id, b) => {
      expect(b.changes[0]!.since).toBe('1.10.0');
      const at = b.changes.map((c) => names.indexOf(c.since));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((x, y) => x - y)).toEqual(at);
      expect(b.evidence).not.toBe('');
      for (const c of b.changes) expect(c.meaning).not.toBe('');
    },
  );

  // Both sides of each change: the release before it keeps the old value, the release of it has the new one.
  const boundaries = entries.flatMap(([id, b]) =>
    b.changes
      .slice(1)
      .map((c, i) => [id, before(c.since), c.since, b.changes[i]!.value, c.value] as const),
  );
  it.each(boundaries)(
    '%s: %s has the old value, %s the new',
    (id, older, newer, oldValue, newValue) => {
      expect(resolveVeleroVersion(older).version!.behaviours[id]).toEqual(oldValue);
      expect(resolveVeleroVersion(newer).version!.behaviours[id]).toEqual(newValue);
      expect(changeAt(BEHAVIOURS[id] as Behaviour<unknown>, newer).since).toBe(newer);
    },
  );
});

describe('values users meet', () => {
  it.each([
    ['1.12.4', 'returnedErrors', 'fail-only'],
    ['1.13.0', 'returnedErrors', 'all'],
    ['1.10.0', 'execOnlyHookCrashesValidation', true],
    ['1.10.1', 'execOnlyHookCrashesValidation', false],
    ['1.16.1', 'recordIndex', 'hook-index'],
    ['1.16.2', 'recordIndex', 'list-position'],
    ['1.17.2', 'recordIndex', 'list-position'],
    ['1.18.0', 'recordIndex', 'hook-index'],
    ['1.18.2', 'hooksWait', 'finalizing'],
    ['main', 'hooksWait', 'finalizing-bounded'],
    ['1.13.2', 'hooksWait', 'in-progress'],
    ['1.17.1', 'restoreWaitSecurityContext', 'first-container-over-configmap'],
    ['1.17.2', 'restoreWaitSecurityContext', 'configmap-first'],
  ] as const)('%s: %s is %j', (version, id, value) => {
    expect(resolveVeleroVersion(version).version!.behaviours[id]).toEqual(value);
  });
});
