import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarizeBackup } from '../../../src/index.ts';
// eslint-disable-next-line no-restricted-imports -- a test kit: tarballs in Velero's layout, as the engine's own tests build them
import { plainObject } from '../../../src/testing/backupArchive.ts';
// eslint-disable-next-line no-restricted-imports -- the test kit that reads a built tarball back
import { readThreePodBackup } from '../../../src/testing/backupContents.ts';
import type { BackupOpened } from '../../engine/index.ts';
import { useBackupImport } from '../../state/backupImport.ts';
import { useNoticeStore } from '../../state/notices.ts';
import { useDesignerStore } from '../../state/store.ts';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { BackupDialog } from './BackupDialog.tsx';

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

/** The dialog's summary of `openedBackup()`, nothing chosen yet (the store replaced whole). */
function showSummary(): void {
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
}

function openedBackup(): BackupOpened {
  const contents = readThreePodBackup(
    { 'post.hook.restore.velero.io/command': '["/bin/true"]' },
    plainObject('ConfigMap', 'config', 'settings'),
  );
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
  const dom = setUpReactRoot();

  beforeEach(() => {
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
    showSummary();
    act(() => dom.root.render(<BackupDialog />));
  });

  afterEach(() => {
    useBackupImport.setState({ kind: 'idle' }, true);
  });

  const text = () => dom.container.textContent ?? '';
  const checkbox = (namespace: string) =>
    [...dom.container.querySelectorAll('label')]
      .find((l) => l.textContent?.startsWith(namespace))!
      .querySelector('input')!;
  const loadButton = () =>
    [...dom.container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Load'))!;

  it('shows the format, the counts by kind and namespace, and the pods with hook annotations', () => {
    expect(dom.container.querySelector('h2')?.textContent).toBe('Backup nightly');
    expect(text()).toContain('format version 1.1.0');
    const rows = [...dom.container.querySelectorAll('tr')].map((r) => r.textContent);
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
    const selector = dom.container.querySelector<HTMLInputElement>('input[type="text"]')!;
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

  it('is open from the start of the reading, with its progress, and then shows the summary in place', () => {
    const progress = { bytesRead: 1024 * 1024, totalBytes: 4 * 1024 * 1024 };
    act(() =>
      useBackupImport.setState(
        { kind: 'reading', fileName: 'nightly-data.tar.gz', progress },
        true,
      ),
    );
    const dialog = dom.container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')?.textContent).toBe('Reading backup nightly-data.tar.gz');
    expect(dialog.querySelector('progress')?.getAttribute('aria-label')).toBe('Reading backup');
    const showModal = vi.spyOn(dialog, 'showModal');
    act(showSummary);
    expect(dialog.querySelector('h2')?.textContent).toBe('Backup nightly');
    expect(dialog.querySelector('progress')).toBeNull();
    expect(showModal).not.toHaveBeenCalled();
  });

  it('loads nothing when it is closed while the pods load', async () => {
    const before = useDesignerStore.getState().manifestsText;
    let answer: (value: { text: string; pods: number }) => void = () => {};
    loadBackup.mockImplementationOnce(
      () => new Promise<{ text: string; pods: number }>((resolve) => (answer = resolve)),
    );
    act(() => checkbox('prod').click());
    act(() => loadButton().click());
    const close = [...dom.container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Close',
    )!;
    act(() => close.click());
    await act(async () => {
      answer({ text: '# loaded after Close\n', pods: 2 });
      await Promise.resolve();
    });
    expect(useBackupImport.getState().kind).toBe('idle');
    expect(useDesignerStore.getState().manifestsText).toBe(before);
  });
});
