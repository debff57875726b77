import { describe, expect, it } from 'vitest';
import { chooseVersion } from './settings.ts';

describe('chooseVersion', () => {
  it.each([
    [undefined, undefined, '1.18.2', 'default', 0],
    [undefined, { veleroVersion: '1.12' }, '1.12.4', 'initializationOptions', 0],
    [{ veleroVersion: 'v1.17.0' }, { veleroVersion: '1.12' }, '1.17.0', 'settings', 0],
    [{ veleroVersion: '' }, { veleroVersion: '1.12' }, '1.12.4', 'initializationOptions', 0],
    [{ veleroVersion: '0.9' }, { veleroVersion: '1.12' }, '1.12.4', 'initializationOptions', 1],
    [{ veleroVersion: 'nope' }, { veleroVersion: 2 }, '1.18.2', 'default', 1],
    [null, 'garbage', '1.18.2', 'default', 0],
  ])(
    'settings %j, initializationOptions %j: %s from %s',
    (settings, init, name, from, warnings) => {
      const choice = chooseVersion(settings, init);
      expect([choice.version.name, choice.from, choice.warnings.length]).toEqual([
        name,
        from,
        warnings,
      ]);
    },
  );
});
