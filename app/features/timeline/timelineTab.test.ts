import { describe, expect, it } from 'vitest';
import { buildDesignerView } from '../../../src/index.ts';
import manifests from '../../../public/examples/multiple-hooks-ordering/manifests.yaml?raw';
import restore from '../../../public/examples/multiple-hooks-ordering/restore.yaml?raw';
import { useDesignerStore } from '../../state/store.ts';
import { includeForTab } from '../results/tabs.ts';

describe('the Timeline tab', () => {
  it('asks the engine for the built timeline and its scenario, not the simulation JSON', () => {
    const view = buildDesignerView({
      manifests,
      restore,
      include: includeForTab({ ...useDesignerStore.getInitialState(), resultTab: 'timeline' }),
    });
    expect(view.timeline).not.toBeNull();
    expect(view.scenario).not.toBeNull();
    expect(view.simulation).toBeNull();
  });
});
