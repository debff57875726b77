import { describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE, listSupportedVersions } from '../../src/index.ts';
import { listVersionOptions } from './versionOptions.ts';

describe('listVersionOptions', () => {
  it('lists every supported version newest first, main on top, each with its date', () => {
    const options = listVersionOptions();
    expect(options).toHaveLength(listSupportedVersions().length);
    expect(options[0]!.value).toBe('main');
    expect(options[0]!.label).toMatch(/^main \(\d{4}-\d{2}-\d{2}\)$/);
    expect(options[1]!.value).toBe(DEFAULT_RELEASE);
    expect(options.at(-1)!.value).toBe('1.10.0');
    const index = (name: string) => options.findIndex((o) => o.value === name);
    expect(index('1.13.0')).toBeLessThan(index('1.12.4'));
    expect(options.find((o) => o.value === '1.12.4')!.label).toBe('1.12.4 (2024-02-26)');
  });
});
