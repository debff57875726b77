import { describe, expect, it } from 'vitest';
import type { AuthoredState } from '../../state/authoredState.ts';
import index from '../../../public/examples/index.json';
import { resultTabs } from '../results/tabs.ts';
import { buildExampleDesign, parseExampleIndex } from './examples.ts';

const files = import.meta.glob<string>('../../../public/examples/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('parseExampleIndex', () => {
  it('reads all eleven examples of public/examples, each with its manifests', () => {
    const examples = parseExampleIndex(index);
    expect(examples).toHaveLength(11);
    for (const e of examples) {
      expect(e.title).not.toBe('');
      expect(e.summary.length).toBeGreaterThan(80);
      for (const name of Object.values(e.files)) {
        expect(files[`../../../public/examples/${e.id}/${name}`]).toMatch(/\w/);
      }
    }
  });

  it('leaves out malformed entries and unsafe paths', () => {
    const files = { manifests: 'm.yaml' };
    expect(
      parseExampleIndex([
        { id: 'ok', title: 't', summary: 's', files },
        { id: '../x', title: 't', summary: 's', files },
        { id: 'no-manifests', title: 't', summary: 's', files: { restore: 'r.yaml' } },
        { id: 'bad-file', title: 't', summary: 's', files: { manifests: '../secret' } },
        { id: 'no-title', summary: 's', files },
        null,
      ]).map((e) => e.id),
    ).toEqual(['ok']);
    expect(parseExampleIndex({})).toEqual([]);
  });

  it('reads a lesson’s steps, keeping a tab only when it is a plain name', () => {
    const [example] = parseExampleIndex([
      {
        id: 'lesson',
        title: 't',
        summary: 's',
        files: { manifests: 'm.yaml' },
        steps: [
          { text: 'Open Plan.', tab: 'plan' },
          { text: 'Just read.' },
          { text: 'Odd tab.', tab: '../x' },
          { text: '  ' },
          'not a step',
        ],
      },
    ]);
    expect(example?.steps).toEqual([
      { text: 'Open Plan.', tab: 'plan' },
      { text: 'Just read.' },
      { text: 'Odd tab.' },
    ]);
  });

  it('every example of public/examples has a lesson of three to five steps on known tabs', () => {
    const tabs = resultTabs.map((t) => t.id);
    for (const { id, steps } of parseExampleIndex(index)) {
      expect.soft(steps.length, id).toBeGreaterThanOrEqual(3);
      expect.soft(steps.length, id).toBeLessThanOrEqual(5);
      for (const step of steps) if (step.tab) expect.soft(tabs, id).toContain(step.tab);
    }
  });
});

describe('buildExampleDesign', () => {
  const defaults = { manifestsText: 'm', restoreText: 'r', designerTarget: null } as AuthoredState;

  it('fills the text fields the store has, and empties the Restore when the example has none', () => {
    expect(buildExampleDesign({ manifests: 'M', scenario: 'S' }, defaults)).toEqual({
      manifestsText: 'M',
      restoreText: '',
    });
    const withScenario: AuthoredState & { scenarioText: string } = {
      ...defaults,
      scenarioText: '',
    };
    expect(buildExampleDesign({ manifests: 'M', scenario: 'S' }, withScenario)).toEqual({
      manifestsText: 'M',
      restoreText: '',
      scenarioText: 'S',
    });
  });
});
