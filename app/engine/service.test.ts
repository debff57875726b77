import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- a test kit: tarballs in Velero's layout, as the engine's own tests build them
import { buildBackup, podObject } from '../../src/testing/backupArchive.ts';
import { EngineClient } from './client.ts';
import type { EngineRequest, EngineResponse } from './protocol.ts';
import { createEngineService } from './service.ts';

function serve() {
  const replies: EngineResponse[] = [];
  const handle = createEngineService((r) => replies.push(r));
  return { replies, handle };
}

/** A backup of `count` pods in each namespace, padded so reading it takes several steps. */
function backupOf(namespaces: readonly string[], count: number): Uint8Array {
  // Digits of a linear congruential sequence, new for each pod: text gzip cannot shrink much.
  let seed = 12345;
  const noise = () =>
    Array.from({ length: 500 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed.toString(36);
    }).join('');
  return buildBackup(
    namespaces.flatMap((ns) =>
      Array.from({ length: count }, (_, i) =>
        podObject(ns, `app-${i}`, {
          labels: { app: 'app', tier: i % 2 === 0 ? 'web' : 'db' },
          annotations:
            i === 0 && ns === 'prod'
              ? {
                  'post.hook.restore.velero.io/command': '["/bin/true"]',
                  'note.example.com/padding': noise(),
                }
              : { 'note.example.com/padding': noise() },
        }),
      ),
    ),
  );
}

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

const load = (
  id: number,
  namespaces: string[],
  labelSelector = '',
  countOnly = false,
): EngineRequest => ({ kind: 'backup-load', id, namespaces, labelSelector, countOnly });

describe('the engine service reading a backup', () => {
  const bytes = backupOf(['prod', 'staging'], 60);

  it('is large enough to be read in several steps', () => {
    expect(bytes.length).toBeGreaterThan(3 * 64 * 1024);
  });

  it('reports progress, then the summary', () => {
    const { replies, handle } = serve();
    handle({ kind: 'backup', id: 7, fileName: 'nightly-data.tar.gz', bytes: buffer(bytes) });
    const progress = replies.filter((r) => r.kind === 'backup-progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((p) => p.id === 7 && p.totalBytes === bytes.length)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ bytesRead: bytes.length });
    const read = replies.at(-1);
    if (read?.kind !== 'backup-read' || read.result.kind !== 'backup')
      throw new Error('no summary');
    expect(read.id).toBe(7);
    expect(read.result.name).toBe('nightly');
    expect(read.result.summary.formatVersion).toBe('1.1.0');
    expect(read.result.summary.resources).toEqual([
      { groupResource: 'pods', kind: 'Pod', items: 120 },
    ]);
    expect(read.result.summary.hookPods.map((p) => p.path)).toEqual([
      'resources/pods/namespaces/prod/app-0.json',
    ]);
    expect(read.result.podsByNamespace).toEqual([
      { namespace: 'prod', pods: 60 },
      { namespace: 'staging', pods: 60 },
    ]);
  });

  it('loads the pods of the chosen namespaces, each marked as from the backup', () => {
    const { replies, handle } = serve();
    handle({ kind: 'backup', id: 1, fileName: 'nightly-data.tar.gz', bytes: buffer(bytes) });
    handle(load(2, ['staging']));
    const loaded = replies.at(-1);
    if (loaded?.kind !== 'backup-loaded' || !loaded.loaded || 'error' in loaded.loaded)
      throw new Error('nothing loaded');
    expect(loaded.loaded.pods).toBe(60);
    const comments = loaded.loaded.text.split('\n').filter((l) => l.startsWith('# from backup'));
    expect(comments).toHaveLength(60);
    expect(comments[0]).toBe('# from backup nightly: resources/pods/namespaces/staging/app-0.json');
    expect(loaded.loaded.text).not.toContain('namespace: prod');
  });

  it('counts and loads the pods a label selector takes, and names a wrong selector', () => {
    const { replies, handle } = serve();
    handle({ kind: 'backup', id: 1, fileName: 'nightly-data.tar.gz', bytes: buffer(bytes) });
    handle(load(2, ['prod'], 'tier=db', true));
    expect(replies.at(-1)).toEqual({
      kind: 'backup-loaded',
      id: 2,
      loaded: { text: '', pods: 30 },
    });
    handle(load(3, [], 'tier in (db), app', true));
    expect(replies.at(-1)).toMatchObject({ loaded: { pods: 60 } });
    handle(load(4, ['staging'], '!tier'));
    expect(replies.at(-1)).toMatchObject({ loaded: { text: '', pods: 0 } });
    handle(load(5, ['prod'], 'tier=db'));
    expect(replies.at(-1)).toMatchObject({ loaded: { pods: 30 } });
    handle(load(6, ['prod'], 'tier=(db'));
    expect(replies.at(-1)).toEqual({
      kind: 'backup-loaded',
      id: 6,
      loaded: { error: expect.stringContaining('tier=(db') as string },
    });
  });

  it('answers a hostile archive with one message, and holds nothing to load', () => {
    const { replies, handle } = serve();
    const truncated = bytes.slice(0, Math.floor(bytes.length / 2));
    handle({ kind: 'backup', id: 3, fileName: 'cut.tar.gz', bytes: buffer(truncated) });
    const answers = replies.filter((r) => r.kind === 'backup-read');
    expect(answers).toEqual([
      {
        kind: 'backup-read',
        id: 3,
        result: { kind: 'error', message: expect.stringMatching(/truncated/) as string },
      },
    ]);
    handle(load(4, []));
    expect(replies.at(-1)).toEqual({ kind: 'backup-loaded', id: 4, loaded: null });
  });

  it('refuses a file that is no gzip', () => {
    const { replies, handle } = serve();
    const text = new TextEncoder().encode('apiVersion: v1\nkind: Pod\n');
    handle({ kind: 'backup', id: 5, fileName: 'pod.yaml', bytes: buffer(text) });
    expect(replies.filter((r) => r.kind === 'backup-read')).toHaveLength(1);
    expect(replies.at(-1)).toMatchObject({ result: { kind: 'error' } });
  });
});

/** The worker in-process, transferring as a real one does: the page's buffer is detached. */
class TransferringWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  private readonly handle = createEngineService((response) => {
    const copy = structuredClone(response);
    setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<EngineResponse>));
  });

  postMessage(request: EngineRequest, transfer: Transferable[] = []): void {
    const copy = structuredClone(request, { transfer });
    setTimeout(() => this.handle(copy));
  }
}

describe('EngineClient reading a backup', () => {
  it('transfers the bytes, reports progress, and loads the chosen namespace', async () => {
    const client = new EngineClient(() => new TransferringWorker() as unknown as Worker);
    const bytes = buffer(backupOf(['prod', 'staging'], 20));
    const seen: number[] = [];
    const opened = await client.readBackup('weekly.tgz', bytes, (p) => seen.push(p.bytesRead));
    expect(bytes.byteLength).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    expect(opened).toMatchObject({ kind: 'backup', name: 'weekly' });
    const loaded = await client.loadBackup(['prod']);
    if (!loaded || 'error' in loaded) throw new Error('nothing loaded');
    expect(loaded.pods).toBe(20);
    expect(loaded.text.startsWith('# from backup weekly: resources/pods/namespaces/prod/')).toBe(
      true,
    );
  });
});
