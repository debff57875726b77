import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { useBackupImport } from '../../state/backupImport.ts';
import { BackupProgress } from './BackupProgress.tsx';

vi.mock('../../engine/index.ts', () => ({ engine: {} }));

describe('BackupProgress', () => {
  const dom = setUpReactRoot();

  afterEach(() => {
    useBackupImport.setState({ kind: 'idle' }, true);
  });

  it('shows a named progress bar only while a backup is read', () => {
    act(() => dom.root.render(<BackupProgress />));
    expect(dom.container.querySelector('progress')).toBeNull();
    const progress = { bytesRead: 1024 * 1024, totalBytes: 4 * 1024 * 1024 };
    act(() => useBackupImport.setState({ kind: 'reading', fileName: 'nightly.tgz', progress }));
    const bar = dom.container.querySelector('progress')!;
    expect(bar.getAttribute('aria-label')).toBe('Reading backup');
    expect([bar.value, bar.max]).toEqual([1024 * 1024, 4 * 1024 * 1024]);
    expect(dom.container.textContent).toContain('Reading backup nightly.tgz: 1.0 MiB of 4.0 MiB');
  });
});
