/** The bench's generated manifest: realistic PostgreSQL pods with restore-hook annotations. */

/** `count` pods as one multi-document YAML text (about 2 KB a pod). */
export function benchManifest(count: number): string {
  return Array.from({ length: count }, (_, i) => pod(i)).join('---\n');
}

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
