/**
 * `npm run bench`: generates a Velero backup tarball of 20,000 items (5,000 pods; the rest
 * workloads, services, config maps, secrets, …; each stored twice, as Velero does), then times
 * reading it through the engine (`readBackup`: gunzip, tar, layout, the JSON of pods, workloads
 * and namespaces decoded and kept) against gunzip plus a bare tar walk of the same chunks, in
 * alternation. Prints medians with min–max, the ratio per pair, and peak memory.
 */
import { Gunzip } from 'fflate';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readBackup, type BackupContents } from '../src/index.ts';
import { TarReader } from '../src/backup/tar.ts';
import {
  buildBackup,
  chunksOf,
  deploymentObject,
  namespaceObject,
  plainObject,
  podObject,
  type KubeObject,
} from '../src/testing/backupArchive.ts';

const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 20_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
/** What a file stream hands over (Node's createReadStream with the CLI's highWaterMark). */
const CHUNK = 256 * 1024;
const NAMESPACES = 50;

/** 5,000 pods per 20,000 items; the rest spread over the kinds a namespace backup holds. */
function backupObjects(total: number): KubeObject[] {
  const ns = (i: number) => `team-${i % NAMESPACES}`;
  const objects: KubeObject[] = [];
  for (let i = 0; i < NAMESPACES; i++) objects.push(namespaceObject(`team-${i}`));
  const share: [number, (i: number) => KubeObject][] = [
    [0.25, (i) => podObject(ns(i), `app-${i}-7d4b9c6f8d-x2k9q`, podOptions(i))],
    [0.1, (i) => deploymentObject(ns(i), `app-${i}`)],
    [0.1, (i) => plainObject('ReplicaSet', ns(i), `app-${i}-7d4b9c6f8d`, 'apps/v1')],
    [0.025, (i) => plainObject('StatefulSet', ns(i), `db-${i}`, 'apps/v1')],
    [0.01, (i) => plainObject('Job', ns(i), `migrate-${i}`, 'batch/v1')],
    [0.15, (i) => plainObject('Service', ns(i), `svc-${i}`)],
    [0.15, (i) => plainObject('ConfigMap', ns(i), `config-${i}`)],
    [0.1, (i) => plainObject('Secret', ns(i), `secret-${i}`)],
    [0.075, (i) => plainObject('ServiceAccount', ns(i), `sa-${i}`)],
  ];
  for (const [fraction, make] of share)
    for (let i = 0; i < Math.round(total * fraction); i++) objects.push(realistic(make(i)));
  while (objects.length < total)
    objects.push(plainObject('PersistentVolumeClaim', ns(objects.length), `pvc-${objects.length}`));
  return objects.slice(0, total);
}

/** A deterministic PRNG (mulberry32), so every run builds the same archive. */
let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const hex = (n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');

/**
 * What the API server adds and Velero keeps: a real UID, a resource version, managed fields with
 * their timestamps, and (config maps, secrets) some data; so the archive compresses about as a
 * real one does, not 50 to 1.
 */
function realistic(object: KubeObject): KubeObject {
  const time = `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T0${Math.floor(random() * 9)}:${10 + Math.floor(random() * 49)}:00Z`;
  const metadata = {
    ...object.metadata,
    uid: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    resourceVersion: String(Math.floor(random() * 1e8)),
    creationTimestamp: time,
    managedFields: [
      {
        apiVersion: object.apiVersion,
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } }, 'f:spec': {} },
        manager: 'kubectl-client-side-apply',
        operation: 'Update',
        time,
      },
    ],
  };
  const data =
    object.kind === 'ConfigMap' || object.kind === 'Secret'
      ? { data: { 'config.yaml': hex(200 + Math.floor(random() * 600)) } }
      : {};
  return { ...object, ...data, metadata };
}

function podOptions(i: number) {
  if (i % 4 !== 0) return { volumes: ['data'] };
  return {
    volumes: ['data'],
    annotations: {
      'backup.velero.io/backup-volumes': 'data',
      'post.hook.restore.velero.io/container': 'app',
      'post.hook.restore.velero.io/command': '["/bin/sh", "-c", "pg_isready -h localhost"]',
      'post.hook.restore.velero.io/wait-timeout': '5m',
    },
  };
}

let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
};

/** Gunzip in the engine's 16 KiB slices and walk the tar headers, keeping nothing. */
function walkOnly(chunks: readonly Uint8Array[]): number {
  let entries = 0;
  const tar = new TarReader({ onEntry: () => ((entries += 1), 0), onData: () => {} });
  const gunzip = new Gunzip((data) => void tar.push(data));
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.length && !tar.ended; at += 16 * 1024)
      gunzip.push(chunk.subarray(at, at + 16 * 1024));
    sample();
    if (tar.ended) break;
  }
  return entries;
}

async function readWithEngine(chunks: readonly Uint8Array[]): Promise<BackupContents> {
  const result = await readBackup(chunks, { onProgress: sample });
  if (result.kind === 'error') throw new Error(result.message);
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

const started = performance.now();
const objects = backupObjects(ITEMS);
const archive = buildBackup(objects);
const chunks = chunksOf(archive, CHUNK);
const baseHeap = process.memoryUsage().heapUsed;
console.log(
  `input:            ${ITEMS} items (${objects.filter((o) => o.kind === 'Pod').length} pods), ` +
    `${mb(archive.length)} MB gzip, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

// Warm-up, and what the engine keeps.
const entries = walkOnly(chunks);
const contents = await readWithEngine(chunks);
const kept = contents.items.reduce((n, i) => n + i.text.length, 0);
console.log(
  `archive:          ${entries} tar entries, ${mb(contents.inflatedBytes)} MB inflated; kept ` +
    `${contents.items.length} items (${mb(kept)} MB of JSON)`,
);

/** Wall time and CPU time (user + system, every thread of the process) of one call, in ms. */
async function measure(fn: () => unknown): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}

const walk: [number[], number[]] = [[], []];
const engine: [number[], number[]] = [[], []];
const ratios: [number[], number[]] = [[], []];
for (let run = 0; run < RUNS; run++) {
  const w = await measure(() => walkOnly(chunks));
  const e = await measure(() => readWithEngine(chunks));
  for (const k of [0, 1]) {
    walk[k]!.push(w[k]!);
    engine[k]!.push(e[k]!);
    ratios[k]!.push(e[k]! / w[k]!);
  }
  sample();
}
const ratioText = (xs: number[]) =>
  `${median(xs).toFixed(2)}× (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
console.log(`                   wall time                 CPU time`);
console.log(`gunzip + tar walk: ${spread(walk[0]).padEnd(26)}${spread(walk[1])}`);
console.log(`readBackup:        ${spread(engine[0]).padEnd(26)}${spread(engine[1])}`);
console.log(
  `ratio per pair:    ${ratioText(ratios[0]).padEnd(26)}${ratioText(ratios[1])}   medians of ${RUNS} runs; target ≤ 1.5×`,
);
console.log(
  `peak memory:       heap ${mb(peakHeap)} MB (${mb(peakHeap - baseHeap)} MB over the heap ` +
    `holding the archive and its objects, garbage included), rss ${mb(peakRss)} MB`,
);

// What reading keeps: the heap after a full collection, with and without one result held.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
gc();
const before = process.memoryUsage().heapUsed;
const held = await readWithEngine(chunks);
gc();
const retained = process.memoryUsage().heapUsed - before;
console.log(
  `retained:          ${mb(retained)} MB for ${held.items.length} kept items ` +
    `(${mb(held.inflatedBytes)} MB inflated archive)`,
);
