import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { HookList } from './HookList.tsx';
import { HookOutcomeRow } from './HookOutcomeRow.tsx';
import { buildDesignerView } from '../../../src/index.ts';
import manifests from '../../../public/examples/multiple-hooks-ordering/manifests.yaml?raw';
import restore from '../../../public/examples/multiple-hooks-ordering/restore.yaml?raw';

const view = buildDesignerView({ manifests, restore });

describe('hook settings in words on the Timeline', () => {
  const dom = setUpReactRoot();

  it('HookList shows unset values as what they act as, never as Go zero values', () => {
    const lanes = view.timeline!.pods[0]!.lanes;
    const specs = () =>
      [...dom.container.querySelectorAll('.hook-list__spec')].map((s) => s.textContent?.trim());
    act(() => dom.root.render(<HookList hooks={lanes[0]!.hooks} activeHook={null} />));
    expect(specs()).toEqual([
      '· onError Fail · waitTimeout 5m0s · execTimeout 1m0s',
      '· onError unset (acts as Continue) · waitTimeout 6m0s · execTimeout 1m0s',
    ]);
    act(() => dom.root.render(<HookList hooks={lanes[1]!.hooks} activeHook={null} />));
    expect(specs()).toEqual([
      "· onError unset (acts as Continue) · waitTimeout unset (never expires: waits as long as the restore's hooks wait) · execTimeout unset (acts as 30s)",
    ]);
    expect(dom.container.textContent).not.toMatch(/''|\b0s\b/);
  });

  it.each([
    [0, 'Hook #1 restore-hook-1 [0] in postgres · onError Fail'],
    [1, 'Hook #2 restore-hook-1 [1] in postgres · onError unset (acts as Continue)'],
  ])('the scenario row of hook %i names its onError in words', (i, legend) => {
    const pod = view.pods[0]!;
    const hook = pod.execHooks['postgres']![i]!;
    act(() =>
      dom.root.render(
        <HookOutcomeRow
          pod={pod.key}
          hook={hook}
          position={i + 1}
          edits={[]}
          onEdit={() => undefined}
        />,
      ),
    );
    expect(dom.container.querySelector('legend')?.textContent).toBe(legend);
  });
});
