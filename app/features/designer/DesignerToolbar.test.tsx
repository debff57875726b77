import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import type { PodView } from '../../../src/index.ts';
import { useDesignerStore } from '../../state/store.ts';
import { DesignerToolbar } from './DesignerToolbar.tsx';

vi.mock('../../engine/index.ts', () => ({ useEnginePending: () => false }));

function pod(kind: string, namespace: string, owner: string): PodView {
  return { key: `${namespace}/${owner}`, kind, namespace, owner } as PodView;
}

const pods = [
  pod('Pod', 'shop', 'web-0'),
  pod('StatefulSet', 'databases', 'postgres'),
  pod('Pod', 'databases', 'redis-0'),
  pod('Pod', 'shop', 'web-1'),
];

describe('DesignerToolbar target picker', () => {
  const dom = setUpReactRoot();

  const render = (list: PodView[], target: PodView | null) =>
    act(() => dom.root.render(<DesignerToolbar pods={list} target={target} />));
  const select = () => dom.container.querySelector('select')!;
  const filter = () => dom.container.querySelector<HTMLInputElement>('input[type="search"]')!;
  const count = () => dom.container.querySelector('.hd-toolbar__count')?.textContent;
  /** Optgroups as `label: option, option`. */
  const listed = () =>
    [...select().querySelectorAll('optgroup')].map(
      (g) => `${g.label}: ${[...g.querySelectorAll('option')].map((o) => o.value).join(', ')}`,
    );
  const type = (text: string) =>
    act(() => {
      const input = filter();
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('keeps the select labelled Target, grouped by namespace and kind, with a labelled filter before it', () => {
    render(pods, pods[2]!);
    expect(select().labels[0]?.textContent).toBe('Target');
    expect(select().value).toBe('databases/redis-0');
    expect(listed()).toEqual([
      'databases · Pod: databases/redis-0',
      'databases · StatefulSet: databases/postgres',
      'shop · Pod: shop/web-0, shop/web-1',
    ]);
    expect(select().querySelector('option')?.textContent).toBe('Pod databases/redis-0');
    expect(filter().getAttribute('aria-label')).toBe('Filter by kind, namespace or name');
    expect(filter().nextElementSibling).toBe(select());
    expect(document.getElementById(filter().getAttribute('aria-describedby')!)?.textContent).toBe(
      '4 targets',
    );
  });

  it('narrows the options as one types, keeps the selected target, and selects from what is left', () => {
    render(pods, pods[2]!);
    type('web');
    expect(listed()).toEqual([
      'databases · Pod: databases/redis-0',
      'shop · Pod: shop/web-0, shop/web-1',
    ]);
    expect(count()).toBe('2 of 4');
    expect(select().value).toBe('databases/redis-0');

    act(() => {
      select().value = 'shop/web-1';
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(useDesignerStore.getState().designerTarget).toBe('shop/web-1');

    type('');
    expect(count()).toBe('4 targets');
    expect(listed()).toHaveLength(3);
  });

  it('says there is nothing to pick when the manifests hold no pod', () => {
    render([], null);
    expect(select().disabled).toBe(true);
    expect(filter().disabled).toBe(true);
    expect(select().textContent).toBe('No pods in the manifests');
    expect(count()).toBe('');
  });

  it('defaults to Restore spec.hooks for a pod from a backup, says why, and badges it', () => {
    const fromBackup = {
      ...pod('Pod', 'prod', 'db-0'),
      fromBackup: { backup: 'nightly', path: 'resources/pods/namespaces/prod/db-0.json' },
    } as PodView;
    const checked = () =>
      dom.container.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.parentElement
        ?.textContent;
    render([fromBackup, pods[0]!], pods[0]!);
    expect(checked()).toBe('Pod annotations');
    expect(dom.container.querySelector('[role="note"]')).toBeNull();
    render([fromBackup, pods[0]!], fromBackup);
    expect(checked()).toBe('Restore spec.hooks');
    expect(dom.container.querySelector('[role="note"]')?.textContent).toMatch(
      /^This pod is from backup nightly: .*so new hooks go into the Restore's spec.hooks\.$/,
    );
    expect(select().querySelector('option')?.textContent).toBe('Pod prod/db-0 (from the backup)');
    expect(useDesignerStore.getState().designerPlace).toBe('annotations');
  });
});
