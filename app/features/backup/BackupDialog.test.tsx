import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackupBytes, summarizeBackup } from '../../../src/index.ts';
// eslint-disable-next-line no-restricted-imports -- a test kit: tarballs in Velero's layout, as the engine's own tests build them
import { buildBackup, podObject, plainObject } from '../../../src/testing/backupArchive.ts';
import type { BackupOpened } from '../../engine/index.ts';
import { useBackupImport } from '../../state/backupImport.ts';
import { useNoticeStore } from '../../state/notices.ts';
import { useDesignerStore } from '../../state/store.ts';
import { BackupDialog } from './BackupDialog.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const loadBackup = vi.fn((namespaces: string[], selector: string = '', countOnly = false) => {
  if (selector.includes('(')) return Promise.resolve({ error: `cannot read "${selector}"` });
  if (countOnly) return Promise.resolve({ text: '', pods: 1 });
  return Promise.resolve({ text: `# pods of ${namespaces.join(',')}\n`, pods: 2 });
});
vi.mock('../../engine/index.ts', () => ({
  engine: {
    loadBackup: (namespaces: string[], selector?: string, countOnly?: boolean) =>
      loadBackup(namespaces, selector, countOnly),
  },
}));

function openedBackup(): BackupOpened {
  const contents = readBackupBytes(
    buildBackup([
      podObject('prod', 'db-0', {
        annotations: { 'post.hook.restore.velero.io/command': '["/bin/true"]' },
      }),
      podObject('prod', 'web-1'),
      podObject('staging', 'db-0'),
      plainObject('ConfigMap', 'config', 'settings'),
    ]),
  );
  if (contents.kind === 'error') throw new Error(contents.message);
  return {
    kind: 'backup',
    name: 'nightly',
    fileName: 'nightly-data.tar.gz',
    summary: summarizeBackup(contents),
    podsByNamespace: [
      { namespace: 'prod', pods: 2 },
      { namespace: 'staging', pods: 1 },
    ],
  };
}

describe('BackupDialog', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    // jsdom's <dialog> lacks showModal and close, which Dialog.tsx calls.
    if (!('showModal' in HTMLDialogElement.prototype))
      Object.assign(HTMLDialogElement.prototype, {
        showModal(this: HTMLDialogElement) {
          this.open = true;
        },
        close(this: HTMLDialogElement) {
          this.open = false;
        },
      });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    useBackupImport.setState(
      {
        kind: 'summary',
        opened: openedBackup(),
        chosen: [],
        labelSelector: '',
        counted: null,
        loading: false,
      },
      true,
    );
    act(() => root.render(<BackupDialog />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    useBackupImport.setState({ kind: 'idle' }, true);
  });

  const text = () => container.textContent ?? '';
  const checkbox = (namespace: string) =>
    [...container.querySelectorAll('label')]
      .find((l) => l.textContent?.startsWith(namespace))!
      .querySelector('input')!;
  const loadButton = () =>
    [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Load'))!;

  it('shows the format, the counts by kind and namespace, and the pods with hook annotations', () => {
    expect(container.querySelector('h2')?.textContent).toBe('Backup nightly');
    expect(text()).toContain('format version 1.1.0');
    const rows = [...container.querySelectorAll('tr')].map((r) => r.textContent);
    expect(rows).toEqual(['ConfigMap1', 'Pod3']);
    expect(checkbox('prod').parentElement?.textContent).toBe('prod (2 items, 2 pods)');
    expect(checkbox('config').disabled).toBe(true);
    expect(text()).toContain('prod/db-0: post.hook.restore.velero.io/command');
  });

  it('counts the pods of the chosen namespaces and loads them into Manifests with Undo', async () => {
    expect(loadButton().disabled).toBe(true);
    act(() => checkbox('prod').click());
    act(() => checkbox('staging').click());
    expect(text()).toContain('3 pods will be loaded');
    expect(loadButton().textContent).toBe('Load 3 pods');
    act(() => checkbox('staging').click());
    expect(loadButton().textContent).toBe('Load 2 pods');
    await act(async () => {
      loadButton().click();
      await Promise.resolve();
    });
    expect(loadBackup).toHaveBeenCalledWith(['prod'], '', undefined);
    expect(useDesignerStore.getState().manifestsText).toBe('# pods of prod\n');
    expect(useBackupImport.getState().kind).toBe('idle');
    const notice = useNoticeStore.getState().notices.at(-1);
    expect(notice?.message).toBe('Loaded 2 pods from backup nightly (prod) into Manifests.');
    expect(notice?.action?.label).toBe('Undo');
  });

  it('asks the worker to count the pods a label selector takes, and says why one is wrong', async () => {
    const selector = container.querySelector<HTMLInputElement>('input[type="text"]')!;
    expect(selector.labels?.[0]?.textContent).toBe('Label selector');
    const type = async (value: string) =>
      act(async () => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
          selector,
          value,
        );
        selector.dispatchEvent(new Event('input', { bubbles: true }));
        await Promise.resolve();
      });
    await type('tier=db');
    expect(loadBackup).toHaveBeenLastCalledWith([], 'tier=db', true);
    expect(text()).toContain('1 pod will be loaded');
    expect(loadButton().textContent).toBe('Load 1 pod');
    await type('tier in (db');
    expect(text()).toContain('Label selector: cannot read "tier in (db".');
    expect(loadButton().disabled).toBe(true);
  });
});
