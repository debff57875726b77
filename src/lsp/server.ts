/**
 * The language server: documents in, the engine's diagnostics, quick fixes and hovers out. Analysis
 * runs off this thread (analysisRunner.ts), debounced (scheduler.ts), so requests stay fast.
 */
import { relative } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisJob } from './analysisJob.ts';
import { createAnalysisRunner, type AnalysisRunner } from './analysisRunner.ts';
import { rangeHolds, rangesTouch, toCodeAction } from './convert.ts';
import { renderAnnotationHover, findAnnotationKeyAt, renderDiagnosticHover } from './hover.ts';
import { Scheduler } from './scheduler.ts';
import { chooseVersion, type VersionChoice } from './settings.ts';
import {
  chooseRestore,
  looksLikeRestore,
  readRestoreFile,
  scanRestores,
} from './workspaceRestores.ts';

/** Quiet time after the last change before re-analysing. */
export const DEBOUNCE_MS = 250;
/** A request (no params) answering {max, p99, mean}: the event loop's delays in ms since the last one. */
export const EVENT_LOOP_DELAY = 'restoreHooks/eventLoopDelay';
/** How long a first analysis waits for the workspace scan for Restores before going without. */
const SCAN_WAIT_MS = 1000;

/** What was published for a document, read back (part by part) for hovers and code actions. */
interface Published {
  version: number;
  diagnostics: Diagnostic[];
}

/** How the server writes a publishDiagnostics whose diagnostics are JSON parts (see stdioWriter.ts). */
export type PublishParts = (uri: string, version: number, parts: readonly string[]) => void;

/** The same file, whatever the client's percent-encoding of its URI. */
function normalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** Wires every handler to `connection`; call `connection.listen()` after. Says whether shutdown came. */
export function startServer(
  connection: Connection,
  product: { version: string },
  publishParts: PublishParts,
): { shutdownReceived: () => boolean } {
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Published>();
  const diskRestores = new Map<string, string>();
  const restoreLooks = new Map<string, { version: number; is: boolean }>();
  let folders: string[] = [];
  let initializationOptions: unknown = undefined;
  let canReadConfiguration = false;
  let canWatchFiles = false;
  let version: VersionChoice = chooseVersion(undefined, undefined);
  let runner: Promise<AnalysisRunner> | null = null;
  // The first analyses wait (a little) for the settings and the workspace's Restores, so they do not flicker.
  let scanned: Promise<void> = Promise.resolve();
  let jobId = 0;
  let generation = 0;
  const usedRestore = new Map<string, string | null>();
  const log = (m: string) => connection.console.info(`restore-hooks: ${m}`);

  /** A readable name for the engine (it appears in messages): the path in its workspace folder. */
  const nameOf = (uri: string): string => {
    if (!uri.startsWith('file:')) return uri;
    const path = fileURLToPath(uri);
    const folder = folders.find((f) => normalUri(uri).startsWith(normalUri(f) + '/'));
    return folder ? relative(fileURLToPath(folder), path) : path;
  };

  const isRestoreDocument = (doc: TextDocument): boolean => {
    const seen = restoreLooks.get(doc.uri);
    if (seen?.version === doc.version) return seen.is;
    const is = looksLikeRestore(doc.getText());
    restoreLooks.set(doc.uri, { version: doc.version, is });
    return is;
  };

  /** Every Restore the workspace offers: open documents over their files on disk. */
  const restoreCandidates = (): Map<string, string> => {
    const out = new Map<string, string>();
    const open = new Set(documents.all().map((d) => normalUri(d.uri)));
    for (const [uri, text] of diskRestores) if (!open.has(normalUri(uri))) out.set(uri, text);
    for (const d of documents.all()) if (isRestoreDocument(d)) out.set(d.uri, d.getText());
    return out;
  };

  const analyse = async (uri: string): Promise<void> => {
    if (!runner) return;
    const run = await runner;
    await Promise.race([scanned, new Promise((r) => setTimeout(r, SCAN_WAIT_MS))]);
    const doc = documents.get(uri);
    if (!doc) return;
    const restore = isRestoreDocument(doc)
      ? null
      : chooseRestore(uri, restoreCandidates(), folders);
    const docName = nameOf(uri);
    let restoreName = restore ? nameOf(restore.uri) : '';
    if (restore && restoreName === docName) restoreName = restore.uri;
    const uris: Record<string, string> = { [docName]: uri };
    if (restore) uris[restoreName] = restore.uri;
    if (usedRestore.get(uri) !== (restore?.uri ?? null)) {
      usedRestore.set(uri, restore?.uri ?? null);
      log(`${docName}: ${restore ? `Restore from ${restoreName}` : 'its own Restore or none'}`);
    }
    const job: AnalysisJob = {
      id: ++jobId,
      document: { name: docName, text: doc.getText() },
      restore: restore ? { name: restoreName, text: restore.text } : null,
      uris,
      veleroVersion: version.version.name,
    };
    const started = generation;
    const outcome = await run.run(job);
    if (documents.get(uri)?.version !== doc.version) return; // a newer analysis is scheduled
    if (generation !== started) scheduler.schedule(uri);
    publishParts(uri, doc.version, outcome.parts);
    // Read the parts back for hovers and code actions, one per turn of the event loop.
    const entry: Published = { version: doc.version, diagnostics: [] };
    published.set(uri, entry);
    for (const part of outcome.parts) {
      await new Promise((r) => setImmediate(r));
      if (published.get(uri) !== entry) return;
      entry.diagnostics.push(...(JSON.parse(`[${part}]`) as Diagnostic[]));
    }
  };

  const scheduler = new Scheduler(DEBOUNCE_MS, analyse, (uri, err) =>
    connection.console.error(`restore-hooks: analysing ${uri} failed: ${String(err)}`),
  );
  /**
   * The Restores or the version changed: re-analyse what was published, and let analyses under way
   * know (by the generation) that they must run again.
   */
  const rescheduleAll = (except?: string) => {
    generation++;
    for (const d of documents.all())
      if (d.uri !== except && published.has(d.uri)) scheduler.schedule(d.uri);
  };

  const readVersion = async (pushed?: unknown): Promise<void> => {
    let settings: unknown = pushed;
    if (canReadConfiguration) {
      try {
        settings = (await connection.workspace.getConfiguration('restoreHooks')) as unknown;
      } catch (err) {
        log(`workspace/configuration failed: ${String(err)}`);
      }
    }
    const next = chooseVersion(settings, initializationOptions);
    for (const w of next.warnings) {
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `restore-hooks: ${w}`,
      });
    }
    const changed = next.version.name !== version.version.name;
    version = next;
    if (changed) {
      log(`Velero ${version.version.name} (from ${version.from})`);
      rescheduleAll();
    }
  };

  connection.onInitialize((params): InitializeResult => {
    initializationOptions = params.initializationOptions;
    version = chooseVersion(undefined, initializationOptions);
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles =
      params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folders =
      params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    runner = createAnalysisRunner(log);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'restore-hooks', version: product.version },
    };
  });

  const scanWorkspace = async (): Promise<void> => {
    for (const folder of folders) {
      if (!folder.startsWith('file:')) continue;
      for (const [uri, text] of await scanRestores(fileURLToPath(folder)))
        diskRestores.set(uri, text);
    }
    if (diskRestores.size === 0) return;
    log(`Restores in the workspace: ${[...diskRestores.keys()].map(nameOf).join(', ')}`);
    rescheduleAll();
  };

  connection.onInitialized(() => {
    const scan = scanWorkspace().catch((err: unknown) =>
      connection.console.error(`restore-hooks: scanning the workspace: ${String(err)}`),
    );
    const settings = readVersion();
    scanned = Promise.all([scan, settings]).then(() => undefined);
    void (async () => {
      await settings;
      log(
        `Velero ${version.version.name} (from ${version.from}); analysis ${(await runner!).mode}`,
      );
      if (canWatchFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{yaml,yml,json}' }],
        });
      }
    })().catch((err: unknown) => connection.console.error(`restore-hooks: ${String(err)}`));
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as Record<string, unknown> | null | undefined)?.[
      'restoreHooks'
    ];
    void readVersion(pushed);
  });

  connection.onDidChangeWatchedFiles((params) => {
    void (async () => {
      let changed = false;
      for (const c of params.changes) {
        if (!c.uri.startsWith('file:')) continue;
        const text =
          c.type === FileChangeType.Deleted ? null : await readRestoreFile(fileURLToPath(c.uri));
        const had = diskRestores.get(c.uri);
        if (text === null) diskRestores.delete(c.uri);
        else diskRestores.set(c.uri, text);
        changed ||= had !== (text ?? undefined);
      }
      if (changed) rescheduleAll();
    })();
  });

  documents.onDidChangeContent(({ document }) => {
    const wasRestore = restoreLooks.get(document.uri)?.is === true;
    const first = !published.has(document.uri) && document.version <= 1;
    scheduler.schedule(document.uri, first ? 0 : DEBOUNCE_MS);
    if (wasRestore || isRestoreDocument(document)) rescheduleAll(document.uri);
  });

  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    published.delete(document.uri);
    usedRestore.delete(document.uri);
    const wasRestore = restoreLooks.get(document.uri)?.is === true;
    restoreLooks.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    if (wasRestore) rescheduleAll();
  });

  /** The diagnostics of the document's current text (none while a re-analysis is pending). */
  const current = (uri: string): Published | null => {
    const p = published.get(uri);
    return p && p.version === documents.get(uri)?.version ? p : null;
  };

  connection.onHover(({ textDocument, position }): Hover | null => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const line = doc.getText({
      start: { line: position.line, character: 0 },
      end: { line: position.line + 1, character: 0 },
    });
    const parts: string[] = [];
    const key = findAnnotationKeyAt(line, position.character);
    if (key) parts.push(renderAnnotationHover(key.key, version.version));
    const codes = new Set<string | number | undefined>();
    for (const d of current(textDocument.uri)?.diagnostics ?? []) {
      if (!rangeHolds(d.range, position) || codes.has(d.code)) continue;
      codes.add(d.code);
      parts.push(renderDiagnosticHover(d));
    }
    if (parts.length === 0) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
      ...(key
        ? {
            range: {
              start: { line: position.line, character: key.start },
              end: { line: position.line, character: key.end },
            },
          }
        : {}),
    };
  });

  connection.onCodeAction(({ textDocument, range, context }): CodeAction[] => {
    const wanted = (k: string) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty;
    if (context.only && !context.only.some(wanted)) return [];
    const p = current(textDocument.uri);
    if (!p) return [];
    return p.diagnostics
      .filter((d) => d.data !== undefined && rangesTouch(d.range, range))
      .map(toCodeAction)
      .filter((a): a is CodeAction => a !== null);
  });

  // For the LSP bench: how long this thread's event loop was held up since the last ask, in ms.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  connection.onRequest(EVENT_LOOP_DELAY, () => {
    const stats = { max: delay.max / 1e6, p99: delay.percentile(99) / 1e6, mean: delay.mean / 1e6 };
    delay.reset();
    return stats;
  });

  let shutdownReceived = false;
  connection.onShutdown(async () => {
    shutdownReceived = true;
    delay.disable();
    if (runner) await (await runner).dispose();
  });

  documents.listen(connection);
  return { shutdownReceived: () => shutdownReceived };
}
