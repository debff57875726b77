import { describe, expect, it } from 'vitest';
import { restoreWithResources } from '../testing/rules.ts';
import { buildDesignerView } from './designerView.ts';
import { findChosenPod, findWantedPod, HOOK_SELECTION_ROWS } from './podList.ts';

const pod = (name: string, app: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ns, labels: {app: ${app}}}\nspec: {containers: [{name: c, image: nginx}]}\n`;

describe('hookSelections', () => {
  it('counts what each resource hook selects and lists the first pods with the reason', () => {
    const manifests = [pod('a', 'db'), pod('b', 'web'), pod('c', 'db')].join('---\n');
    const restore = restoreWithResources(
      '    - name: dbs',
      '      labelSelector: {matchLabels: {app: db}}',
      '    - name: none',
      '      labelSelector: {matchLabels: {app: cache}}',
    );
    const view = buildDesignerView({ manifests, restore, include: { pods: {} } });
    expect(view.pods).toEqual([]);
    expect(
      view.hookSelections.map((s) => [s.resourceIndex, s.considered, s.selected, s.overridden]),
    ).toEqual([
      [0, 3, 2, 0],
      [1, 3, 0, 0],
    ]);
    expect(view.hookSelections[0]!.rows.map((r) => [r.pod.key, r.match.matches])).toEqual([
      ['ns/a', true],
      ['ns/b', false],
      ['ns/c', true],
    ]);
  });

  it(`lists ${HOOK_SELECTION_ROWS} pods by name and counts the others`, () => {
    const manifests = Array.from({ length: HOOK_SELECTION_ROWS + 7 }, (_, i) =>
      pod(`p${i}`, 'db'),
    ).join('---\n');
    const restore = restoreWithResources('    - name: all');
    const [selection] = buildDesignerView({ manifests, restore }).hookSelections;
    expect(selection!.rows).toHaveLength(HOOK_SELECTION_ROWS);
    expect([selection!.considered, selection!.selected]).toEqual([
      HOOK_SELECTION_ROWS + 7,
      HOOK_SELECTION_ROWS + 7,
    ]);
  });
});

describe('findWantedPod and findChosenPod', () => {
  const manifests = [pod('a', 'db'), pod('b', 'web')].join('---\n');
  const designView = buildDesignerView({
    manifests,
    restore: '',
    include: { pods: { keys: ['ns/b'] }, simulation: false, timeline: false },
  });

  it.each([
    ['the key', 'ns/b', 'first', 'ns/b', 'ns/b'],
    ['the first pod for no key', null, 'first', 'ns/a', undefined],
    ['the first pod for an unknown key', 'ns/gone', 'first', 'ns/a', undefined],
    ['nothing known of the scenario', null, 'first-simulated', undefined, undefined],
  ] as const)('%s', (_name, key, fallback, wanted, chosen) => {
    expect(findWantedPod(designView, key, fallback)?.key).toBe(wanted);
    // Undefined: the view was computed for another screen and does not hold that pod.
    expect(findChosenPod(designView, key, fallback)?.key).toBe(chosen);
  });

  it('is null when there is no pod at all', () => {
    const empty = buildDesignerView({ manifests: '', restore: '' });
    expect(findWantedPod(empty, null, 'first')).toBeNull();
    expect(findChosenPod(empty, 'ns/a', 'first-simulated')).toBeNull();
  });
});
