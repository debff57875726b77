import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { buildDefaultScenario } from './defaultScenario.ts';
import { readExample } from '../testing/examples.ts';
import { chooseScenario, scenarioToView } from './view.ts';

const planOf = (id: string, restore = true) =>
  analyze({
    manifests: [{ name: 'manifests.yaml', text: readExample(id, 'manifests.yaml') }],
    restore: restore ? { name: 'restore.yaml', text: readExample(id, 'restore.yaml') } : null,
  }).plan;

describe('chooseScenario', () => {
  const plan = planOf('multiple-hooks-ordering');

  it('uses the edited default without a scenario text', () => {
    const edits = [{ kind: 'pod', pod: 'app/db', deletedAt: '1s' }] as const;
    const choice = chooseScenario(plan, { scenarioText: '  \n', scenarioEdits: edits });
    expect(choice.source).toBe('edits');
    expect(choice.scenario.pods[0]!.timeline.at(-1)!.deleted).toBe(true);
  });

  it("uses an example's scenario.yaml (single-pod form) for the first pod", () => {
    const deadlock = planOf('wait-for-ready-deadlock', false);
    const choice = chooseScenario(deadlock, {
      scenarioText: readExample('wait-for-ready-deadlock', 'scenario.yaml'),
    });
    expect(choice).toMatchObject({ source: 'text', errors: [] });
    const view = scenarioToView(choice, deadlock);
    expect(view.pods.map((p) => [p.key, p.timeline.map((s) => s.at)])).toEqual([
      ['search/search-0', ['0s', '20s']],
    ]);
  });

  it('falls back to the edited default and reports a broken scenario text', () => {
    const choice = chooseScenario(plan, { scenarioText: 'timeline: 5' });
    expect(choice.source).toBe('edits');
    expect(choice.errors[0]).toMatch(/^scenario\.yaml: timeline/);
  });

  it('the view is plain data with Go durations', () => {
    const view = scenarioToView(
      { scenario: buildDefaultScenario(plan), source: 'edits', errors: [], warnings: [] },
      plan,
    );
    expect(view.pods[0]!.key).toBe('app/db');
    expect(view.pods[0]!.timeline.map((s) => s.at)).toEqual(['0s', '2s', '5s']);
    expect(structuredClone(view)).toEqual(view);
  });
});
