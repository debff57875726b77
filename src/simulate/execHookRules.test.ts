import { describe, expect, it } from 'vitest';
import { BEHAVIOURS } from '../versions/behaviours.ts';
import { DEFAULT_RELEASE } from '../versions/releases.ts';
import { EXEC_HOOK_RULES, listRuleDifferences, summarizeRule } from './execHookRules.ts';

describe('listRuleDifferences', () => {
  it('is empty at the default release, which the summaries describe', () => {
    for (let rule = 26; rule <= 38; rule++)
      expect(listRuleDifferences(rule, DEFAULT_RELEASE)).toEqual([]);
  });

  it('gives the meaning of each behaviour of the rule that differs at an older release', () => {
    const [tracker, errors] = [BEHAVIOURS.hookTracker, BEHAVIOURS.returnedErrors];
    expect(summarizeRule(37)).toContain('any failed hook makes the Restore PartiallyFailed');
    expect(listRuleDifferences(37, '1.12.4')).toEqual([
      tracker.changes[0]!.meaning,
      errors.changes[0]!.meaning,
    ]);
    expect(listRuleDifferences(37, '1.13.0')).toEqual([tracker.changes[1]!.meaning]);
    expect(listRuleDifferences(38, '1.12.4')).toEqual([]);
  });

  it('names what main changes', () => {
    expect(listRuleDifferences(27, 'main')).toEqual([BEHAVIOURS.hooksWait.changes[2]!.meaning]);
    expect(listRuleDifferences(33, 'main')).toEqual([BEHAVIOURS.execTimeouts.changes[1]!.meaning]);
  });
});

describe('EXEC_HOOK_RULES', () => {
  const cited = [26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38];

  it('has every rule the simulation cites (26 to 38), and nothing else', () => {
    expect(Object.keys(EXEC_HOOK_RULES).map(Number)).toEqual(cited);
  });

  it.each(cited)('rule %i: a summary, two to five sentences, and the Velero code', (rule) => {
    const entry = EXEC_HOOK_RULES[rule]!;
    expect(entry.rule).toBe(rule);
    expect(summarizeRule(rule)).toBe(entry.summary);
    const sentences = entry.text.split(/(?<=[.)”])\s+(?=[A-Z“])/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(5);
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const s of entry.sources) expect(s.file).toMatch(/^(internal|pkg)\/[a-z_/]+\.go$/);
    for (const id of entry.behaviours) expect(BEHAVIOURS).toHaveProperty(id);
  });

  it('names the file and function of a rule as the semantics notes do', () => {
    expect(EXEC_HOOK_RULES[33]!.sources).toEqual([
      { function: 'ExecutePodCommand', file: 'pkg/podexec/pod_command_executor.go' },
    ]);
    expect(EXEC_HOOK_RULES[37]!.sources.map((s) => s.file)).toEqual([
      'internal/hook/hook_tracker.go',
      'pkg/controller/restore_finalizer_controller.go',
    ]);
  });

  it('gives a neutral summary, and no differences, for a rule it does not have', () => {
    expect(summarizeRule(99)).toBe('See the Velero restore-hook semantics notes.');
    expect(listRuleDifferences(99, '1.12.4')).toEqual([]);
  });

  it('says what the 1.16.2 tracker does to rule 26: its key and the index it records with', () => {
    expect(listRuleDifferences(26, '1.16.2')).toEqual([BEHAVIOURS.recordIndex.changes[1]!.meaning]);
    expect(listRuleDifferences(26, '1.15.0')).toEqual([
      BEHAVIOURS.trackerKeyHasHookIndex.changes[0]!.meaning,
    ]);
  });
});
