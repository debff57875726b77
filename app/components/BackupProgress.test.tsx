import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBackupImport } from '../state/backupImport.ts';
import { BackupProgress } from './BackupProgress.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

vi.mock('../engine/index.ts', () => ({ engine: {} }));

describe('BackupProgress', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    useBackupImport.setState({ kind: 'idle' }, true);
  });

  it('shows a named progress bar only while a backup is read', () => {
    act(() => root.render(<BackupProgress />));
    expect(container.querySelector('progress')).toBeNull();
    const progress = { bytesRead: 1024 * 1024, totalBytes: 4 * 1024 * 1024 };
    act(() => useBackupImport.setState({ kind: 'reading', fileName: 'nightly.tgz', progress }));
    const bar = container.querySelector('progress')!;
    expect(bar.getAttribute('aria-label')).toBe('Reading backup');
    expect([bar.value, bar.max]).toEqual([1024 * 1024, 4 * 1024 * 1024]);
    expect(container.textContent).toContain('Reading backup nightly.tgz: 1.0 MiB of 4.0 MiB');
  });
});
