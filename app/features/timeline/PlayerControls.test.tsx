import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { PlayerControls } from './PlayerControls.tsx';
import { PLAY_STEP_MS, useEventPlayer } from './useEventPlayer.ts';
import { buildDesignerView, type TimelineEvent } from '../../../src/index.ts';
import manifests from '../../../public/examples/multiple-hooks-ordering/manifests.yaml?raw';
import restore from '../../../public/examples/multiple-hooks-ordering/restore.yaml?raw';

const events = buildDesignerView({ manifests, restore }).timeline!.events;

/** The controls with the player and its speed held as TimelineTab holds them. */
function Harness({ events }: { events: readonly TimelineEvent[] }) {
  const [speed, setSpeed] = useState(1);
  const player = useEventPlayer(events, speed);
  return <PlayerControls player={player} events={events} speed={speed} onSpeed={setSpeed} />;
}

describe('PlayerControls', () => {
  // Registered before the root, so the timers are fake until after it unmounts.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const dom = setUpReactRoot();
  beforeEach(() => {
    act(() => dom.root.render(<Harness events={events} />));
  });

  const position = () =>
    dom.container.querySelector('.timeline-player__position')?.textContent?.split(' ·')[0];
  const speedSelect = () => dom.container.querySelector('select')!;
  const button = (name: string) =>
    [...dom.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const wait = (ms: number) => {
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  };

  it('has a labelled speed select beside Play, at 1× by default', () => {
    const label = dom.container.querySelector(`label[for="${speedSelect().id}"]`);
    expect(label?.textContent).toBe('Speed');
    expect([...speedSelect().options].map((o) => o.textContent)).toEqual([
      '0.5×',
      '1×',
      '2×',
      '4×',
    ]);
    expect(speedSelect().value).toBe('1');
    expect(speedSelect().previousElementSibling).toBe(label);
    expect(speedSelect().parentElement?.previousElementSibling?.textContent).toBe(
      'Play from start',
    );
  });

  it('plays one event per step at 1×, four per step at 4×, one per two steps at 0.5×', () => {
    act(() => button('Play from start').click());
    expect(position()).toBe(`1/${events.length}`);
    wait(PLAY_STEP_MS);
    expect(position()).toBe(`2/${events.length}`);

    act(() => {
      speedSelect().value = '4';
      speedSelect().dispatchEvent(new Event('change', { bubbles: true }));
    });
    wait(PLAY_STEP_MS);
    expect(position()).toBe(`6/${events.length}`);

    act(() => {
      speedSelect().value = '0.5';
      speedSelect().dispatchEvent(new Event('change', { bubbles: true }));
    });
    wait(PLAY_STEP_MS);
    expect(position()).toBe(`6/${events.length}`);
    wait(PLAY_STEP_MS);
    expect(position()).toBe(`7/${events.length}`);
    expect(button('Pause')).toBeDefined();
  });
});
