/**
 * `npx tsx bench/lsp.bench.ts`: the language server on the bench's 2,000-pod manifest (about 4 MB).
 * Prints the time from didOpen to the first diagnostics and, over a few edits, the latency of
 * hover requests sent every 10 ms while each re-analysis is pending (debounce) and running:
 * with analysis on the worker thread, then in-process for comparison. Hover latency is seen from
 * this process (it includes reading the 2 MB of diagnostics); the server's own event-loop stalls
 * come from its monitorEventLoopDelay.
 */
import { pathToFileURL } from 'node:url';
import { initialize, startLspClient } from '../src/testing/lsp.ts';
import { benchManifest } from './manifest.ts';

const PODS = Number(process.env['BENCH_PODS'] ?? 2000);
const EDITS = Number(process.env['BENCH_EDITS'] ?? 3);
const text = benchManifest(PODS);
const uri = pathToFileURL('/bench/pods.yaml').href;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function measure(mode: 'worker' | 'in-process'): Promise<void> {
  const client = startLspClient(mode === 'in-process' ? { RESTORE_HOOKS_LSP_ANALYSIS: mode } : {});
  await initialize(client, null);
  const opened = performance.now();
  await client.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  });
  await client.diagnostics(uri);
  const firstMs = performance.now() - opened;
  const hover = async () => {
    const sent = performance.now();
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 13, character: 10 },
    });
    return performance.now() - sent;
  };
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push(await hover());
  const busy: number[] = [];
  const republished: number[] = [];
  const stalls: number[] = [];
  const eventLoopDelay = () =>
    client.connection.sendRequest<{ max: number }>('restoreHooks/eventLoopDelay');
  await eventLoopDelay();
  for (let v = 2; v < 2 + EDITS; v++) {
    const changed = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [
        {
          range: { start: { line: 3, character: 10 }, end: { line: 3, character: 10 } },
          text: v % 2 ? '' : '',
        },
      ],
    });
    let done = false;
    const published = client.diagnostics(uri, (p) => p.version === v).then(() => (done = true));
    while (!done) {
      busy.push(await hover());
      await sleep(10);
    }
    await published;
    republished.push(performance.now() - changed);
    stalls.push((await eventLoopDelay()).max);
  }
  await client.stop();
  const f = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(
    `${mode.padEnd(10)} first diagnostics ${f(firstMs)}; re-analysis published after ${republished.map(f).join(', ')}; ` +
      `hover idle median ${f(quantile(idle, 0.5))}; during re-analysis (${busy.length} hovers) median ${f(quantile(busy, 0.5))}, ` +
      `p95 ${f(quantile(busy, 0.95))}, max ${f(Math.max(...busy))}; ` +
      `server event loop's longest stall per edit ${stalls.map(f).join(', ')}`,
  );
}

console.log(`LSP on ${PODS} pods (${(text.length / 1024 / 1024).toFixed(1)} MiB), ${EDITS} edits`);
await measure('worker');
await measure('in-process');
