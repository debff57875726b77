import type * as Monaco from 'monaco-editor/editor';

type MonacoApi = typeof Monaco;

/** The pre-0.55 `createWebWorker` options monaco-yaml (via monaco-worker-manager) still passes. */
interface LegacyWebWorkerOptions {
  moduleId?: string;
  label?: string;
  createData?: unknown;
  host?: Monaco.editor.IInternalWebWorkerOptions['host'];
  keepIdleModels?: boolean;
  worker?: Monaco.editor.IInternalWebWorkerOptions['worker'];
}

function createEnvironmentWorker(options: LegacyWebWorkerOptions): Promise<Worker> {
  const environment = globalThis.MonacoEnvironment;
  if (!environment?.getWorker) {
    return Promise.reject(new Error('MonacoEnvironment.getWorker is not installed'));
  }
  const label = options.label ?? 'monaco-editor-worker';
  return Promise.resolve(environment.getWorker(options.moduleId ?? 'workerMain.js', label)).then(
    (worker) => {
      // monaco-worker-manager's worker entry waits for one message, then reads createData from the next.
      worker.postMessage('ignore');
      worker.postMessage(options.createData);
      return worker;
    },
  );
}

/**
 * Returns the Monaco API with a `createWebWorker` that also accepts the legacy options. Monaco >= 0.55
 * requires a `worker`; without this wrapper monaco-yaml's features fail silently.
 */
export function withLegacyCreateWebWorker(monaco: MonacoApi): MonacoApi {
  const original = monaco.editor.createWebWorker;
  function createWebWorker<T extends object>(
    options: LegacyWebWorkerOptions,
  ): Monaco.editor.MonacoWebWorker<T> {
    const worker = options.worker ?? createEnvironmentWorker(options);
    return original<T>({ worker, host: options.host, keepIdleModels: options.keepIdleModels });
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } };
}
