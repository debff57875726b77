import { useBackupImport } from '../../state/backupImport.ts';
import './backup.css';

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * While the engine worker reads a backup tarball: a progress bar, in the backup dialog. The page
 * only receives the worker's small progress messages; Close drops the reading.
 */
export function BackupProgress() {
  const state = useBackupImport();
  if (state.kind !== 'reading') return null;
  const { bytesRead, totalBytes } = state.progress;
  return (
    <div className="backup-progress" role="status">
      <label className="backup-progress__label">
        Reading backup {state.fileName}: {mebibytes(bytesRead)} of {mebibytes(totalBytes)}
        <progress
          className="backup-progress__bar"
          aria-label="Reading backup"
          max={Math.max(totalBytes, 1)}
          value={bytesRead}
        />
      </label>
    </div>
  );
}
