import { describe, expect, it } from 'vitest';
import { buildDesignerView } from '../../../src/index.ts';
import manifests from '../../../public/examples/multiple-hooks-ordering/manifests.yaml?raw';
import restore from '../../../public/examples/multiple-hooks-ordering/restore.yaml?raw';
import { includeForTab } from '../results/tabs.ts';

describe('the Timeline tab', () => {
  it('asks the engine for the built timeline and its scenario, not the simulation JSON', () => {
    const view = buildDesignerView({
      manifests,
      restore,
      include: includeForTab('timeline', null),
    });
    expect(view.timeline).not.toBeNull();
    expect(view.scenario).not.toBeNull();
    expect(view.simulation).toBeNull();
  });
});
