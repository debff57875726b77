/**
 * Runs analysis jobs off the server's thread: a worker_thread holding the engine, so a 1 s analysis
 * of a 4 MB file never delays a hover. Where no worker can start (e.g. a bundle that left the worker
 * file out), jobs run in-process, still one at a time, and the log says so.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob, type AnalysisOutcome } from './analysisJob.ts';

export interface AnalysisRunner {
  readonly mode: 'worker' | 'in-process';
  run(job: AnalysisJob): Promise<AnalysisOutcome>;
  dispose(): Promise<void>;
}

// The worker module beside this one: .ts when run from source through tsx, .js when built.
const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './analysisWorker.ts' : './analysisWorker.js',
  import.meta.url,
);

// A worker started from source needs tsx's loader, which Node 20 does not pass on to workers
// (neither from --import nor from tsx's register() API in bin/restore-hooks.js): when the plain
// import fails on the .ts extension, the bootstrap registers tsx in the worker and imports again
// under another URL (the failed one stays failed in the module map).
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).catch(async (err) => {
  if (!workerData.tsx || (err && err.code) !== 'ERR_UNKNOWN_FILE_EXTENSION') throw err;
  (await import(workerData.tsx)).register();
  await import(workerData.entry + '?tsx');
});
`;

function tsxLoader(): string | null {
  if (!workerUrl.pathname.endsWith('.ts')) return null;
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
}

/** Starts the worker and waits for it to say it is ready; null when it cannot start. */
async function startWorker(log: (m: string) => void): Promise<Worker | null> {
  if (!existsSync(fileURLToPath(workerUrl))) {
    log(`no analysis worker at ${workerUrl.href}`);
    return null;
  }
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { entry: workerUrl.href, tsx: tsxLoader() },
  });
  return new Promise((resolve) => {
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      log(`analysis worker did not start: ${String(err)}`);
      void worker.terminate();
      resolve(null);
    };
    const exit = (code: number) => fail(`exit ${code}`);
    worker.once('error', fail);
    worker.once('exit', exit);
    worker.once('message', () => {
      worker.off('error', fail);
      worker.off('exit', exit);
      resolve(worker);
    });
  });
}

/**
 * A runner on a worker thread if one starts, else in-process. RESTORE_HOOKS_LSP_ANALYSIS=in-process
 * asks for the latter (the LSP bench compares the two).
 */
export async function createAnalysisRunner(log: (m: string) => void): Promise<AnalysisRunner> {
  const inProcess = process.env['RESTORE_HOOKS_LSP_ANALYSIS'] === 'in-process';
  const worker = inProcess ? null : await startWorker(log);
  if (!worker) return inProcessRunner();
  const waiting = new Map<number, (o: AnalysisOutcome) => void>();
  let broken: unknown = null;
  const fallback = inProcessRunner();
  worker.on('message', (o: AnalysisOutcome) => {
    waiting.get(o.id)?.(o);
    waiting.delete(o.id);
  });
  const breakDown = (err: unknown) => {
    broken = err;
    log(`analysis worker stopped (${String(err)}); analysing in-process from now on`);
    for (const [id, done] of waiting) done({ id, parts: [], count: 0, relevant: false, ms: 0 });
    waiting.clear();
  };
  worker.on('error', breakDown);
  worker.on('exit', (code) => {
    if (broken === null) breakDown(`exit ${code}`);
  });
  return {
    get mode() {
      return broken === null ? 'worker' : 'in-process';
    },
    run(job) {
      if (broken !== null) return fallback.run(job);
      return new Promise((resolve) => {
        waiting.set(job.id, resolve);
        worker.postMessage(job);
      });
    },
    async dispose() {
      broken = 'disposed';
      await worker.terminate();
    },
  };
}

function inProcessRunner(): AnalysisRunner {
  return {
    mode: 'in-process',
    run: (job) => Promise.resolve(runAnalysisJob(job)),
    dispose: () => Promise.resolve(),
  };
}
