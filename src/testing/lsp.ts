/**
 * Test kit for the language server: spawns `restore-hooks lsp --stdio` from source (as `npm run cli`
 * does, through tsx) and talks JSON-RPC to it with vscode-jsonrpc, as an editor would.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver';
import { afterAll, beforeAll } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LspClient {
  connection: MessageConnection;
  /**
   * The diagnostics of the latest publishDiagnostics for `uri` that satisfies `until` (by default
   * any): the last one already received if it does, else the next one that does.
   */
  diagnostics: (
    uri: string,
    until?: (p: PublishDiagnosticsParams) => boolean,
  ) => Promise<Diagnostic[]>;
  /** Answers workspace/configuration for section restoreHooks from now on. */
  setSettings: (settings: unknown) => void;
  /** Every window/showMessage and window/logMessage text so far. */
  messages: string[];
  stderr: () => string;
  /** Sends shutdown then exit and resolves with the server's exit code. */
  stop: () => Promise<number | null>;
  /** Closes the server's stdin, as a client that crashed, and resolves with its exit code. */
  hangUp: () => Promise<number | null>;
}

/** Starts the server and a client; the caller sends initialize (see `initialize`). */
/** How to start the CLI: from source by default, or an installed `restore-hooks` launcher. */
export interface LspProgram {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const FROM_SOURCE: LspProgram = {
  command: process.execPath,
  args: ['--import', 'tsx', 'src/cli/main.ts'],
  cwd: ROOT,
  env: process.env,
};

export function startLspClient(
  env: Record<string, string> = {},
  program: LspProgram = FROM_SOURCE,
): LspClient {
  const child = spawn(program.command, [...program.args, 'lsp', '--stdio'], {
    cwd: program.cwd,
    env: { ...program.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const latest = new Map<string, PublishDiagnosticsParams>();
  type Until = (p: PublishDiagnosticsParams) => boolean;
  const waiters: { uri: string; until: Until; done: (d: Diagnostic[]) => void }[] = [];
  const messages: string[] = [];
  let settings: unknown = null;
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.until(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(p.diagnostics);
      }
    }
  });
  const record = (p: { message: string }) => {
    messages.push(p.message);
  };
  connection.onNotification('window/showMessage', record);
  connection.onNotification('window/logMessage', record);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
    p.items.map(() => settings),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  return {
    connection,
    diagnostics: (uri, until = () => true) =>
      new Promise((done) => {
        const seen = latest.get(uri);
        if (seen && until(seen)) done(seen.diagnostics);
        else waiters.push({ uri, until, done });
      }),
    setSettings: (s) => (settings = s),
    messages,
    stderr: () => stderr,
    stop: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
    hangUp: async () => {
      child.stdin.end();
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Sends initialize and initialized as an editor with configuration and file watching would. */
export async function initialize(
  client: LspClient,
  rootUri: string | null,
  initializationOptions?: unknown,
): Promise<unknown> {
  const params: InitializeParams = {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
    initializationOptions,
  };
  const result = await client.connection.sendRequest('initialize', params);
  await client.connection.sendNotification('initialized', {});
  return result;
}

/**
 * A server for the calling `describe`: started and initialized (with `rootUri` and the options)
 * before its tests, stopped after them whatever happened. Returns the client, once started.
 */
export function useLspClient(
  rootUri: string | null,
  initializationOptions?: unknown,
): () => LspClient {
  let client: LspClient | undefined;
  beforeAll(async () => {
    client = startLspClient();
    await initialize(client, rootUri, initializationOptions);
  }, 30_000);
  afterAll(async () => {
    await client?.stop().catch(() => undefined);
  });
  return () => {
    if (!client) throw new Error('useLspClient: used outside a test');
    return client;
  };
}
