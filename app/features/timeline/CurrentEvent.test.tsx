import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { CurrentEvent } from './CurrentEvent.tsx';
import { BEHAVIOURS, buildDesignerView, type TimelineEvent } from '../../../src/index.ts';
import manifests from '../../../public/examples/multiple-hooks-ordering/manifests.yaml?raw';
import restore from '../../../public/examples/multiple-hooks-ordering/restore.yaml?raw';

const events = buildDesignerView({ manifests, restore }).timeline!.events;
const eventOfRule = (rule: number) => events.find((e) => e.data.rule === rule)!;

describe('CurrentEvent', () => {
  const dom = setUpReactRoot();

  const render = (event: TimelineEvent, veleroVersion = '1.18.2') =>
    act(() =>
      dom.root.render(<CurrentEvent event={event} showPod={false} veleroVersion={veleroVersion} />),
    );
  const badge = () => dom.container.querySelector<HTMLButtonElement>('.timeline-rule__badge')!;
  const details = () => dom.container.querySelector<HTMLElement>('.timeline-rule-details');
  const press = (target: Element, key: string) =>
    act(() => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });

  it("shows 'rule N' as a collapsed disclosure button beside the summary", () => {
    render(eventOfRule(33));
    expect(badge().tagName).toBe('BUTTON');
    expect(badge().textContent).toBe('rule 33');
    expect(badge().getAttribute('aria-expanded')).toBe('false');
    expect(badge().hasAttribute('aria-controls')).toBe(false);
    expect(details()).toBeNull();
    expect(dom.container.querySelector('.timeline-current__rule')?.textContent).toContain(
      'The executor runs the command with the exec timeout',
    );
  });

  it('opens the rule’s full text with its Velero source, focused, and Escape closes it', () => {
    render(eventOfRule(33));
    act(() => badge().click());
    const panel = details()!;
    expect(badge().getAttribute('aria-expanded')).toBe('true');
    expect(badge().getAttribute('aria-controls')).toBe(panel.id);
    const heading = panel.querySelector('h4')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.textContent).toBe('Rule 33: what Velero does');
    expect(panel.textContent).toContain('nothing kills it');
    expect(panel.querySelector('.timeline-rule-details__source')?.textContent).toBe(
      'From Velero’s ExecutePodCommand in pkg/podexec/pod_command_executor.go.',
    );
    expect(panel.querySelector('.timeline-rule-details__version')?.textContent).toBe(
      'This is what Velero 1.18.2 does.',
    );
    // Not modal, outside the live region that announces the events.
    expect(panel.getAttribute('role')).toBeNull();
    expect(panel.closest('[aria-live]')).toBeNull();
    expect(document.activeElement).toBe(panel);

    press(panel, 'Escape');
    expect(details()).toBeNull();
    expect(badge().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(badge());
  });

  it('Close and a second click on the badge close it too', () => {
    render(eventOfRule(37));
    act(() => badge().click());
    const close = [...details()!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Close',
    )!;
    act(() => close.click());
    expect(details()).toBeNull();
    expect(document.activeElement).toBe(badge());
    act(() => badge().click());
    expect(details()).not.toBeNull();
    act(() => badge().click());
    expect(details()).toBeNull();
  });

  it('says what the selected release does differently', () => {
    render(eventOfRule(30), '1.12.4');
    act(() => badge().click());
    expect(details()!.querySelector('.timeline-rule-details__version')?.textContent).toBe(
      'Velero 1.12.4 does the same as 1.18.2, which this text describes.',
    );
    act(() => badge().click());
    render(eventOfRule(37), '1.12.4');
    act(() => badge().click());
    expect(details()!.querySelector('.timeline-rule-details__version')?.textContent).toBe(
      `Velero 1.12.4 differs: ${BEHAVIOURS.hookTracker.changes[0]!.meaning}; ${BEHAVIOURS.returnedErrors.changes[0]!.meaning}.`,
    );
  });

  it('keeps the opened rule while the player moves on to another one', () => {
    render(eventOfRule(33));
    act(() => badge().click());
    render(eventOfRule(37));
    expect(details()!.querySelector('h4')?.textContent).toBe('Rule 33: what Velero does');
    expect(badge().textContent).toBe('rule 37');
    expect(badge().getAttribute('aria-expanded')).toBe('false');
    press(badge(), 'Escape');
    expect(details()).toBeNull();
  });
});
