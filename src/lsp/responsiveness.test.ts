/**
 * A 4 MB manifest (the bench's 2,000 pods) stays responsive: while its re-analysis is pending and
 * running, the server's event loop never stalls 200 ms and hovers and code actions are answered in
 * well under 200 ms (p95). Prints its figures.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchManifest } from '../../bench/manifest.ts';
import { analyze } from '../index.ts';
import { cliSandbox } from '../testing/cli.ts';
import { initialize, startLspClient, type LspClient } from '../testing/lsp.ts';

const BUDGET_MS = 200;

describe('restore-hooks lsp on a 4 MB manifest', () => {
  const text = benchManifest(2000);
  // As many as check finds in the same text.
  const expected = analyze({ manifests: [{ name: 'pods.yaml', text }] }).diagnostics.length;
  const uri = pathToFileURL(join(cliSandbox('restore-hooks-lsp-big-').dir, 'pods.yaml')).href;
  let client: LspClient;

  beforeAll(async () => {
    client = startLspClient();
    await initialize(client, null);
  }, 30_000);

  afterAll(async () => {
    await client.stop().catch(() => undefined);
  });

  it('answers requests within 200 ms while it re-analyses', async () => {
    const opened = performance.now();
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    const first = await client.diagnostics(uri);
    const firstMs = performance.now() - opened;
    expect(first).toHaveLength(expected);

    const eventLoopDelay = () =>
      client.connection.sendRequest<{ max: number }>('restoreHooks/eventLoopDelay');
    await eventLoopDelay(); // from now on
    const changed = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '' },
      ],
    });
    let done = false;
    const updated = client
      .diagnostics(uri, (p) => p.version === 2)
      .then((d) => {
        done = true;
        return d;
      });
    const latencies: number[] = [];
    while (!done) {
      const sent = performance.now();
      // A hook annotation key of the first pod, and a code action on the same line.
      const [hover] = await Promise.all([
        client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri },
          position: { line: 13, character: 10 },
        }),
        client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } },
          context: { diagnostics: [] },
        }),
      ]);
      latencies.push(performance.now() - sent);
      expect(hover).not.toBeNull();
      await new Promise((r) => setTimeout(r, 20));
    }
    const reanalysedMs = performance.now() - changed;
    expect(await updated).toHaveLength(expected);
    const stall = (await eventLoopDelay()).max;

    const sorted = [...latencies].sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    console.log(
      `4 MB manifest (${(text.length / 1e6).toFixed(1)} MB, 2,000 pods): first diagnostics ${firstMs.toFixed(0)} ms after didOpen; ` +
        `re-analysis published ${reanalysedMs.toFixed(0)} ms after didChange (debounce included); ` +
        `${latencies.length} hover+codeAction pairs meanwhile: median ${pick(0.5).toFixed(1)} ms, ` +
        `p95 ${pick(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms; ` +
        `the server's event loop stalled ${stall.toFixed(0)} ms at most`,
    );
    expect(latencies.length).toBeGreaterThan(5);
    // The budget holds for the server: its event loop never waits 200 ms. The latency seen here
    // also includes this process reading the 2 MB publishDiagnostics (and its garbage collection)
    // on a machine shared with the other test files, so its bound on the slowest request is looser.
    // In-process analysis, which the worker exists to avoid, stalls for seconds and fails all three.
    expect(stall).toBeLessThan(BUDGET_MS);
    expect(pick(0.95)).toBeLessThan(BUDGET_MS);
    expect(Math.max(...latencies)).toBeLessThan(2.5 * BUDGET_MS);
  }, 60_000);
});
