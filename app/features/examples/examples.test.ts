import { describe, expect, it } from 'vitest';
import type { AuthoredState } from '../../state/authoredState.ts';
import index from '../../../public/examples/index.json';
import { exampleDesign, parseExampleIndex } from './examples.ts';

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
});

describe('exampleDesign', () => {
  const defaults = { manifestsText: 'm', restoreText: 'r', designerTarget: null } as AuthoredState;

  it('fills the text fields the store has, and empties the Restore when the example has none', () => {
    expect(exampleDesign({ manifests: 'M', scenario: 'S' }, defaults)).toEqual({
      manifestsText: 'M',
      restoreText: '',
    });
    const withScenario: AuthoredState & { scenarioText: string } = {
      ...defaults,
      scenarioText: '',
    };
    expect(exampleDesign({ manifests: 'M', scenario: 'S' }, withScenario)).toEqual({
      manifestsText: 'M',
      restoreText: '',
      scenarioText: 'S',
    });
  });
});
