import { afterEach, describe, expect, it, vi } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- a test kit: tarballs in Velero's layout, as the engine's own tests build them
import { buildBackup, podObject } from '../../src/testing/backupArchive.ts';
import type { BackupOpened, BackupReadProgress } from '../engine/index.ts';
import { useBackupImport } from './backupImport.ts';
import { useNoticeStore } from './notices.ts';
import { openDesignFiles } from './openDesignFiles.ts';
import { useDesignerStore } from './store.ts';

const readBackup = vi.fn(
  (fileName: string, bytes: ArrayBuffer, onProgress: (p: BackupReadProgress) => void) => {
    onProgress({ bytesRead: bytes.byteLength, totalBytes: bytes.byteLength });
    return Promise.resolve({ kind: 'backup', name: 'nightly', fileName } as BackupOpened);
  },
);
vi.mock('../engine/index.ts', () => ({
  engine: {
    readBackup: (name: string, bytes: ArrayBuffer, onProgress: (p: BackupReadProgress) => void) =>
      readBackup(name, bytes, onProgress),
  },
}));

afterEach(() => {
  useBackupImport.setState({ kind: 'idle' }, true);
  readBackup.mockClear();
});

describe('openDesignFiles with a backup tarball', () => {
  it('tells the tarball by its bytes, whatever its name, and reads it in the engine', async () => {
    const bytes = buildBackup([podObject('prod', 'db-0')]);
    const manifests = useDesignerStore.getState().manifestsText;
    await openDesignFiles([new File([bytes.slice()], 'nightly.yaml')]);
    await vi.waitFor(() => expect(useBackupImport.getState().kind).toBe('summary'));
    expect(readBackup).toHaveBeenCalledTimes(1);
    expect(readBackup.mock.calls[0]![0]).toBe('nightly.yaml');
    expect(readBackup.mock.calls[0]![1].byteLength).toBe(bytes.length);
    expect(useDesignerStore.getState().manifestsText).toBe(manifests);
  });

  it('opens one backup at a time and names the others in a notice', async () => {
    const bytes = buildBackup([podObject('prod', 'db-0')]);
    await openDesignFiles([
      new File([bytes.slice()], 'a-data.tar.gz'),
      new File([bytes.slice()], 'b-data.tar.gz'),
    ]);
    await vi.waitFor(() => expect(useBackupImport.getState().kind).toBe('summary'));
    expect(readBackup).toHaveBeenCalledTimes(1);
    expect(useNoticeStore.getState().notices.at(-1)?.message).toBe(
      'b-data.tar.gz was not opened: open one backup at a time.',
    );
  });
});
