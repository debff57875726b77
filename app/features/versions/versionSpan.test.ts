import { describe, expect, it } from 'vitest';
import { groupCausesByVersion, formatRange, rangeHolds, sortDifferences } from './versionSpan.ts';

const versions = ['1.12.4', '1.13.0', '1.13.1', '1.18.2', 'main'];

describe('version ranges', () => {
  it('formats a run of releases, or one release', () => {
    expect(formatRange({ from: '1.13.0', to: '1.18.2' })).toBe('1.13.0–1.18.2');
    expect(formatRange({ from: '1.12.4', to: '1.12.4' })).toBe('1.12.4');
  });

  it('tells which range holds a release', () => {
    const range = { from: '1.13.0', to: '1.18.2', value: 'PartiallyFailed' };
    expect(rangeHolds(versions, range, '1.13.1')).toBe(true);
    expect(rangeHolds(versions, range, '1.18.2')).toBe(true);
    expect(rangeHolds(versions, range, '1.12.4')).toBe(false);
    expect(rangeHolds(versions, range, 'main')).toBe(false);
    expect(rangeHolds(versions, range, '1.10.0')).toBe(false);
  });

  it('groups causes by the release they change at, keeping their order', () => {
    const cause = (version: string, title: string) => ({
      version,
      title,
      meaning: '',
      evidence: '',
    });
    const grouped = groupCausesByVersion([
      cause('1.13.0', 'a'),
      cause('1.14.0', 'b'),
      cause('1.13.0', 'c'),
    ]);
    expect(grouped.map(([v, cs]) => [v, cs.map((c) => c.title)])).toEqual([
      ['1.13.0', ['a', 'c']],
      ['1.14.0', ['b']],
    ]);
  });

  it('shows the Restore phase before the details, unknown aspects last', () => {
    const aspects = [
      'Init containers',
      'Exec hooks',
      'Something new',
      'Hook errors',
      'Restore phase',
    ];
    expect(sortDifferences(aspects.map((aspect) => ({ aspect }))).map((d) => d.aspect)).toEqual([
      'Restore phase',
      'Hook errors',
      'Exec hooks',
      'Init containers',
      'Something new',
    ]);
  });
});
