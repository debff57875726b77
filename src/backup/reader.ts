/**
 * Reading a backup tarball (`velero backup download` writes NAME-data.tar.gz) chunk by chunk:
 * gunzip (fflate's streaming Gunzip), the tar reader, then the collector. Memory grows with what
 * is kept (pods, workloads, namespaces), not with the archive. No DOM, no Node: it runs in a
 * browser worker as in the CLI. Velero reads it the same way (`pkg/archive/extractor.go:47-56`
 * UnzipAndExtractBackup, v1.18.2) and stops at the tar's end marker (`:88-97`), so a gzip trailer
 * (CRC) it never reaches is not checked here either.
 */
import { Gunzip } from 'fflate';
import { BackupCollector } from './collect.ts';
import { compileSelection } from './selection.ts';
import {
  DEFAULT_MAX_INFLATED_BYTES,
  type BackupContents,
  type BackupError,
  type BackupProgress,
  type ReadBackupOptions,
} from './contents.ts';
import { TarReader, type TarProblem } from './tar.ts';

/** Compressed input is inflated in slices this big, so the size cap acts within ~16 MiB. */
const INFLATE_SLICE = 16 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];

/** A push-based reader: feed it chunks, then ask for the contents. */
export interface BackupReader {
  /** Feeds the next chunk of the .tar.gz; returns the error that ended reading, else null. */
  push(chunk: Uint8Array): BackupError | null;
  /** True once the archive's end was read or an error stopped it: later chunks are not read. */
  readonly done: boolean;
  /** The input ended (or `done`): the contents, or the one error. */
  finish(): BackupContents | BackupError;
  progress(): BackupProgress;
}

/** A reader for one tarball; `options.select` is checked first (a bad one is the error). */
export function createBackupReader(options: ReadBackupOptions = {}): BackupReader {
  return new GzipTarReader(options);
}

/**
 * Reads a backup tarball from its chunks (a file's stream, a fetch body), reporting progress after
 * each chunk and stopping at the archive's end. Resolves to the contents or one error; never
 * rejects (a failing source is `read-failed`).
 */
export async function readBackup(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadBackupOptions = {},
): Promise<BackupContents | BackupError> {
  const reader = createBackupReader(options);
  try {
    for await (const chunk of chunks) {
      if (!(chunk instanceof Uint8Array)) return failRead('a chunk is not a Uint8Array');
      reader.push(chunk);
      options.onProgress?.(reader.progress());
      if (reader.done) break;
    }
  } catch (err) {
    return failRead(err instanceof Error ? err.message : String(err));
  }
  return reader.finish();
}

/** `readBackup` over bytes already in memory, synchronously. */
export function readBackupBytes(
  bytes: Uint8Array,
  options: ReadBackupOptions = {},
): BackupContents | BackupError {
  const reader = createBackupReader(options);
  const step = 1024 * 1024;
  for (let at = 0; at < bytes.length && !reader.done; at += step) {
    reader.push(bytes.subarray(at, at + step));
    options.onProgress?.(reader.progress());
  }
  return reader.finish();
}

function failRead(message: string): BackupError {
  return { kind: 'error', code: 'read-failed', message: `reading the archive failed: ${message}` };
}

class GzipTarReader implements BackupReader {
  private readonly gunzip = new Gunzip((data) => this.onInflated(data));
  private readonly tar: TarReader;
  private readonly collector: BackupCollector | null;
  private readonly maxInflated: number;
  private error: BackupError | null = null;
  private compressed = 0;
  private inflated = 0;

  constructor(private readonly options: ReadBackupOptions) {
    this.maxInflated = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
    const selector = compileSelection(options.select);
    if ('kind' in selector) {
      this.error = selector;
      this.collector = null;
    } else this.collector = new BackupCollector(selector);
    this.tar = new TarReader(this.collector ?? { onEntry: () => 0, onData: () => {} });
  }

  get done(): boolean {
    return this.error !== null || this.tar.ended;
  }

  progress(): BackupProgress {
    return {
      bytesRead: this.compressed,
      totalBytes: this.options.totalBytes ?? null,
      inflatedBytes: this.inflated,
      entries: this.tar.entryCount,
    };
  }

  push(chunk: Uint8Array): BackupError | null {
    if (this.done) return this.error;
    const seen = this.compressed;
    this.compressed += chunk.length;
    for (let i = 0; i < chunk.length && seen + i < GZIP_MAGIC.length; i++)
      if (chunk[i] !== GZIP_MAGIC[seen + i]) return this.fail(refuseNotGzip());
    for (let at = 0; at < chunk.length && !this.done; at += INFLATE_SLICE) {
      try {
        this.gunzip.push(chunk.subarray(at, at + INFLATE_SLICE));
      } catch (err) {
        return this.fail(describeGzipError(err));
      }
    }
    return this.error;
  }

  finish(): BackupContents | BackupError {
    if (!this.done) {
      if (this.compressed < GZIP_MAGIC.length) return this.fail(refuseNotGzip());
      try {
        this.gunzip.push(new Uint8Array(0), true);
      } catch (err) {
        return this.fail(describeGzipError(err));
      }
      const problem = this.error ? null : this.tar.finish();
      if (problem) this.fail(describeTarProblem(problem));
    }
    if (this.error) return this.error;
    return this.collector!.contents(this.tar.entryCount, this.compressed, this.inflated);
  }

  private onInflated(data: Uint8Array): void {
    if (this.done) return;
    this.inflated += data.length;
    if (this.inflated > this.maxInflated) {
      this.fail({
        kind: 'error',
        code: 'too-large',
        message: `the archive inflates past ${formatBytes(this.maxInflated)} (maxInflatedBytes): reading stopped; a gzip bomb, or a backup larger than the limit`,
      });
      return;
    }
    const problem = this.tar.push(data);
    if (problem) this.fail(describeTarProblem(problem));
    else if (this.collector?.error) this.fail(this.collector.error);
  }

  private fail(error: BackupError): BackupError {
    this.error ??= error;
    return this.error;
  }
}

function refuseNotGzip(): BackupError {
  return {
    kind: 'error',
    code: 'not-gzip',
    message:
      'not gzip-compressed: a Velero backup (velero backup download writes NAME-data.tar.gz) is a gzip-compressed tar',
  };
}

/** fflate's errors: code 0 is "unexpected EOF", the input ending inside the stream. */
function describeGzipError(err: unknown): BackupError {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 0)
    return {
      kind: 'error',
      code: 'truncated',
      message: 'the archive is truncated: the gzip stream ends before the tar archive does',
    };
  return { kind: 'error', code: 'gzip-corrupt', message: `corrupt gzip data (${message})` };
}

function describeTarProblem(problem: TarProblem): BackupError {
  switch (problem.kind) {
    case 'not-tar':
      return {
        kind: 'error',
        code: 'not-tar',
        message: 'gzip-compressed, but not a tar archive: not a Velero backup',
      };
    case 'truncated':
      return {
        kind: 'error',
        code: 'truncated',
        message: `the archive is truncated: ${problem.message}`,
      };
    case 'bad-header':
      return {
        kind: 'error',
        code: 'tar-corrupt',
        message: `corrupt tar archive: ${problem.message}`,
      };
  }
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]!}`;
}
