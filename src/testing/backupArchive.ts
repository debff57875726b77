/**
 * Test kit: Velero backup tarballs as `velero backup download` gives them. Items are compact JSON
 * with sorted keys (Go's json.Marshal of a map), each stored twice, at
 * `resources/<gr>/[<version>-preferredversion/]namespaces/<ns>/<name>.json` (or `cluster/`), after
 * `metadata/version`; tar headers are written here the way Go's archive/tar Writer writes them
 * (ustar, with the prefix field or a pax path for long names), and hostile entries on demand.
 */
import { gzipSync, strToU8 } from 'fflate';

/** One tar entry to write. */
export interface TarEntrySpec {
  name: string;
  data?: string | Uint8Array;
  /** Typeflag character; '0' (regular file) by default. */
  typeflag?: string;
  linkName?: string;
  /** A name over 100 bytes: as Go writes it (ustar prefix, else pax), as a GNU 'L' entry, or pax. */
  longName?: 'go' | 'gnu' | 'pax';
  /** The header's size field when it must differ from the data's length. */
  size?: number;
}

const BLOCK = 512;

/** A tar archive of these entries, ended by two zero blocks unless `end` is false. */
export function writeTar(entries: readonly TarEntrySpec[], { end = true } = {}): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const entry of entries) blocks.push(...entryBlocks(entry));
  if (end) blocks.push(new Uint8Array(2 * BLOCK));
  return concat(blocks);
}

function entryBlocks(entry: TarEntrySpec): Uint8Array[] {
  const data =
    typeof entry.data === 'string' ? strToU8(entry.data) : (entry.data ?? new Uint8Array());
  const typeflag = entry.typeflag ?? '0';
  const size = entry.size ?? data.length;
  const name = strToU8(entry.name);
  const out: Uint8Array[] = [];
  let fields: HeaderFields = {
    name: entry.name,
    prefix: '',
    typeflag,
    size,
    linkName: entry.linkName ?? '',
  };
  const style = entry.longName ?? 'go';
  if (name.length > 100) {
    const split = style === 'go' ? splitUstarPath(entry.name) : null;
    if (split) fields = { ...fields, ...split };
    else if (style === 'gnu') {
      const longName = concat([name, new Uint8Array(1)]);
      out.push(
        header(
          { name: '././@LongLink', prefix: '', typeflag: 'L', size: longName.length, linkName: '' },
          'gnu',
        ),
      );
      out.push(...padded(longName));
      fields = { ...fields, name: entry.name.slice(0, 100) };
    } else {
      const records = strToU8(paxRecord('path', entry.name));
      out.push(
        header(
          {
            name: 'PaxHeaders.0/item',
            prefix: '',
            typeflag: 'x',
            size: records.length,
            linkName: '',
          },
          'ustar',
        ),
      );
      out.push(...padded(records));
      fields = { ...fields, name: entry.name.slice(0, 100) };
    }
  }
  out.push(header(fields, style === 'gnu' ? 'gnu' : 'ustar'));
  out.push(...padded(data));
  return out;
}

interface HeaderFields {
  name: string;
  prefix: string;
  typeflag: string;
  size: number;
  linkName: string;
}

/** Go's splitUSTARPath: the name at the last slash that leaves ≤100 bytes, a prefix of ≤155. */
function splitUstarPath(name: string): { prefix: string; name: string } | null {
  if (name.length <= 100 || [...name].some((c) => c.charCodeAt(0) > 0x7f)) return null;
  let length = name.length;
  if (length > 156) length = 156;
  else if (name[length - 1] === '/') length--;
  const i = name.slice(0, length).lastIndexOf('/');
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > 100 || nlen === 0 || i > 155) return null;
  return { prefix: name.slice(0, i), name: name.slice(i + 1) };
}

/** A pax record, `"%d %s=%s\n"`, its length counting itself. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bytes = strToU8(body).length;
  let n = bytes + 1;
  while (String(n).length + bytes !== n) n = String(n).length + bytes;
  return `${n}${body}`;
}

function header(f: HeaderFields, format: 'ustar' | 'gnu'): Uint8Array {
  const b = new Uint8Array(BLOCK);
  const put = (at: number, text: string, length: number) =>
    b.set(strToU8(text).subarray(0, length), at);
  const octal = (at: number, length: number, value: number) =>
    put(at, value.toString(8).padStart(length - 1, '0') + '\0', length);
  put(0, f.name, 100);
  octal(100, 8, 0o755);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, f.size);
  octal(136, 12, 1_700_000_000);
  put(156, f.typeflag, 1);
  put(157, f.linkName, 100);
  if (format === 'ustar') {
    put(257, 'ustar\u000000', 8);
    put(345, f.prefix, 155);
  } else put(257, 'ustar  \u0000', 8);
  octal(329, 8, 0);
  octal(337, 8, 0);
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const c of b) sum += c;
  put(148, sum.toString(8).padStart(6, '0') + '\0 ', 8);
  return b;
}

function padded(data: Uint8Array): Uint8Array[] {
  if (data.length === 0) return [];
  const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
  return [data, new Uint8Array(pad)];
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Go's json.Marshal of an unstructured object: keys sorted, compact, <, > and & escaped. */
export function goJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, sortKeys(obj[k])]),
  );
}

/** Group-resource, preferred version and scope per kind, as discovery gives them. */
const RESOURCES: Record<string, [groupResource: string, clusterScoped: boolean]> = {
  Pod: ['pods', false],
  Deployment: ['deployments.apps', false],
  StatefulSet: ['statefulsets.apps', false],
  DaemonSet: ['daemonsets.apps', false],
  ReplicaSet: ['replicasets.apps', false],
  Job: ['jobs.batch', false],
  CronJob: ['cronjobs.batch', false],
  Service: ['services', false],
  ConfigMap: ['configmaps', false],
  Secret: ['secrets', false],
  ServiceAccount: ['serviceaccounts', false],
  PersistentVolumeClaim: ['persistentvolumeclaims', false],
  Namespace: ['namespaces', true],
  PersistentVolume: ['persistentvolumes', true],
  ClusterRole: ['clusterroles.rbac.authorization.k8s.io', true],
};

export type KubeObject = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string } & Record<string, unknown>;
};

export interface BackupOptions {
  formatVersion?: string | null;
  /** Which copies of each item: both (Velero's default), the plain one, or the preferred one. */
  copies?: 'both' | 'plain' | 'preferred';
  longName?: TarEntrySpec['longName'];
  /** Entries added after the items (hostile or odd ones). */
  extra?: readonly TarEntrySpec[];
}

/** The plain copy's path of an object, the one the restore reads. */
export function itemPath(object: KubeObject, version = ''): string {
  const [gr, cluster] = RESOURCES[object.kind] ?? [`${object.kind.toLowerCase()}s`, false];
  const scope = cluster ? 'cluster' : `namespaces/${object.metadata.namespace ?? 'default'}`;
  return ['resources', gr, version, scope, `${object.metadata.name}.json`]
    .filter(Boolean)
    .join('/');
}

/** The entries of a backup of these objects: metadata/version, then both copies of each item. */
export function backupEntries(
  objects: readonly KubeObject[],
  options: BackupOptions = {},
): TarEntrySpec[] {
  const entries: TarEntrySpec[] = [];
  const format = options.formatVersion === undefined ? '1.1.0' : options.formatVersion;
  if (format !== null) entries.push({ name: 'metadata/version', data: `${format}\n` });
  const copies = options.copies ?? 'both';
  for (const object of objects) {
    const data = goJson(object);
    const version = object.apiVersion.split('/').pop()!;
    const longName = options.longName ?? 'go';
    if (copies !== 'preferred') entries.push({ name: itemPath(object), data, longName });
    if (copies !== 'plain')
      entries.push({ name: itemPath(object, `${version}-preferredversion`), data, longName });
  }
  return [...entries, ...(options.extra ?? [])];
}

/** A gzip-compressed backup tarball of these objects. */
export function buildBackup(
  objects: readonly KubeObject[],
  options: BackupOptions = {},
): Uint8Array {
  return gzipSync(writeTar(backupEntries(objects, options)));
}

export function gzip(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes);
}

/** The bytes cut into chunks of `size` (the last may be shorter). */
export function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

export async function* streamOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (const chunk of chunksOf(bytes, size)) {
    await Promise.resolve();
    yield chunk;
  }
}

interface PodOptions {
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  volumes?: readonly string[];
  ownerKind?: string;
  ownerName?: string;
}

/** A pod as the API server returns it (uid, status, managed fields left out). */
export function podObject(namespace: string, name: string, o: PodOptions = {}): KubeObject {
  const metadata: KubeObject['metadata'] = {
    name,
    namespace,
    uid: `uid-${namespace}-${name}`,
    resourceVersion: '12345',
    creationTimestamp: '2026-01-02T03:04:05Z',
    labels: o.labels ?? { app: name.replace(/-[^-]*$/, '') },
  };
  if (o.annotations) metadata['annotations'] = o.annotations;
  if (o.ownerKind)
    metadata['ownerReferences'] = [
      {
        apiVersion: 'apps/v1',
        kind: o.ownerKind,
        name: o.ownerName ?? name,
        uid: 'owner-uid',
        controller: true,
      },
    ];
  const volumes = o.volumes ?? [];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: {
      containers: [
        {
          name: 'app',
          image: 'registry.example.com/app:1.2.3',
          volumeMounts: volumes.map((v) => ({ name: v, mountPath: `/data/${v}` })),
        },
      ],
      nodeName: 'node-1',
      volumes: volumes.map((v) => ({
        name: v,
        persistentVolumeClaim: { claimName: `${v}-${name}` },
      })),
    },
    status: { phase: 'Running', podIP: '10.0.0.12' },
  };
}

export function deploymentObject(namespace: string, name: string): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, uid: `uid-${name}`, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: 'registry.example.com/app:1.2.3' }] },
      },
    },
    status: { replicas: 1, readyReplicas: 1 },
  };
}

/** A namespaced object of a kind the reader only counts. */
export function plainObject(
  kind: string,
  namespace: string,
  name: string,
  apiVersion = 'v1',
): KubeObject {
  return {
    apiVersion,
    kind,
    metadata: { name, namespace, uid: `uid-${name}` },
    data: { key: 'value' },
  };
}

export function namespaceObject(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, uid: `uid-${name}` },
    status: { phase: 'Active' },
  };
}

export function clusterObject(kind: string, name: string, apiVersion = 'v1'): KubeObject {
  return { apiVersion, kind, metadata: { name, uid: `uid-${name}` } };
}
