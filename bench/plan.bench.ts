/**
 * `npm run bench`: generates a 2,000-pod multi-document manifest (about 4 MB) with restore-hook
 * annotations, then prints the engine's plan time (parse + plan + every check) divided by plain
 * js-yaml parsing of the same text, the absolute times and the peak memory.
 */
import { loadAll } from 'js-yaml';
import { analyze } from '../src/index.ts';

const PODS = Number(process.env['BENCH_PODS'] ?? 2000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);

function pod(i: number): string {
  const ns = `team-${i % 20}`;
  return `apiVersion: v1
kind: Pod
metadata:
  name: db-${i}
  namespace: ${ns}
  labels:
    app.kubernetes.io/name: postgres
    app.kubernetes.io/instance: db-${i}
    tier: ${i % 3 === 0 ? 'data' : 'web'}
  annotations:
    backup.velero.io/backup-volumes: data
    init.hook.restore.velero.io/container-image: busybox:1.36
    init.hook.restore.velero.io/container-name: remove-stale-pid
    init.hook.restore.velero.io/command: '["/bin/sh", "-c", "rm -f /var/lib/postgresql/data/postmaster.pid"]'
    post.hook.restore.velero.io/container: postgres
    post.hook.restore.velero.io/command: '["/bin/sh", "-c", "psql -U postgres -f /backup/restore.sql"]'
    post.hook.restore.velero.io/on-error: Continue
    post.hook.restore.velero.io/exec-timeout: 5m
    post.hook.restore.velero.io/wait-timeout: 10m
    post.hook.restore.velero.io/wait-for-ready: "true"
spec:
  serviceAccountName: db
  nodeName: node-${i % 7}
  initContainers:
  - name: restore-wait
    image: velero/velero:v1.18.1
    command: [/velero-restore-helper]
  containers:
  - name: postgres
    image: postgres:16.4
    ports:
    - {containerPort: 5432, name: pg}
    env:
    - {name: POSTGRES_DB, value: app}
    - name: POSTGRES_PASSWORD
      valueFrom: {secretKeyRef: {name: db-${i}, key: password}}
    - {name: PGDATA, value: /var/lib/postgresql/data/pgdata}
    resources:
      requests: {cpu: 250m, memory: 512Mi}
      limits: {cpu: "1", memory: 1Gi}
    readinessProbe:
      exec: {command: [pg_isready, -U, postgres]}
      periodSeconds: 5
    volumeMounts:
    - {name: data, mountPath: /var/lib/postgresql/data}
    - {name: backup, mountPath: /backup}
    - {name: db-token-abcde, mountPath: /var/run/secrets/kubernetes.io/serviceaccount, readOnly: true}
  - name: metrics
    image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0
    env:
    - {name: DATA_SOURCE_NAME, value: "postgresql://postgres@localhost:5432/app?sslmode=disable"}
    ports:
    - {containerPort: 9187, name: metrics}
  volumes:
  - name: data
    persistentVolumeClaim: {claimName: data-db-${i}}
  - name: backup
    emptyDir: {}
  - name: db-token-abcde
    secret: {secretName: db-token-abcde}
`;
}

const restoreText = `apiVersion: velero.io/v1
kind: Restore
metadata: {name: nightly-restore, namespace: velero}
spec:
  backupName: nightly
  namespaceMapping: {team-1: team-1-restored}
  hooks:
    resources:
    - name: warm-cache
      includedNamespaces: ["team-*"]
      excludedNamespaces: [team-13]
      labelSelector:
        matchExpressions:
        - {key: tier, operator: In, values: [web]}
      postHooks:
      - exec:
          container: postgres
          command: [/bin/sh, -c, "psql -c 'select 1'"]
          waitTimeout: 5m
`;

const text = Array.from({ length: PODS }, (_, i) => pod(i)).join('---\n');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

function time(fn: () => unknown): number[] {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    sample();
  }
  return times;
}

const yamlTimes = time(() => loadAll(text));
let pods = 0;
let diagnostics = 0;
const planTimes = time(() => {
  const a = analyze({
    manifests: [{ name: 'bench.yaml', text }],
    restore: { name: 'restore.yaml', text: restoreText },
  });
  pods = a.plan.pods.length;
  diagnostics = a.diagnostics.length;
});

const yamlMs = median(yamlTimes);
const planMs = median(planTimes);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `input:            ${PODS} pods, ${mb(Buffer.byteLength(text))} MB, ${text.split('\n').length} lines`,
);
console.log(`js-yaml loadAll:  ${yamlMs.toFixed(1)} ms (median of ${RUNS})`);
console.log(
  `engine plan:      ${planMs.toFixed(1)} ms (median of ${RUNS}; parse + plan + all checks; ${pods} pods, ${diagnostics} diagnostics)`,
);
console.log(`ratio:            ${(planMs / yamlMs).toFixed(2)} (target ≤ 2.0)`);
console.log(
  `peak heap used:   ${mb(peakHeap)} MB; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
);
