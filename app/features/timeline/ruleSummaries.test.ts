import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, DEFAULT_RELEASE } from '../../../src/index.ts';
import { ruleDifferences, ruleSummary } from './ruleSummaries.ts';

describe('ruleDifferences', () => {
  it('is empty at the default release, which the summaries describe', () => {
    for (let rule = 26; rule <= 38; rule++)
      expect(ruleDifferences(rule, DEFAULT_RELEASE)).toEqual([]);
  });

  it('gives the meaning of each behaviour of the rule that differs at an older release', () => {
    const [tracker, errors] = [BEHAVIOURS.hookTracker, BEHAVIOURS.returnedErrors];
    expect(ruleSummary(37)).toContain('any failed hook makes the Restore PartiallyFailed');
    expect(ruleDifferences(37, '1.12.4')).toEqual([
      tracker.changes[0]!.meaning,
      errors.changes[0]!.meaning,
    ]);
    expect(ruleDifferences(37, '1.13.0')).toEqual([tracker.changes[1]!.meaning]);
    expect(ruleDifferences(38, '1.12.4')).toEqual([]);
  });

  it('names what main changes', () => {
    expect(ruleDifferences(27, 'main')).toEqual([BEHAVIOURS.hooksWait.changes[2]!.meaning]);
    expect(ruleDifferences(33, 'main')).toEqual([BEHAVIOURS.execTimeouts.changes[1]!.meaning]);
  });
});
