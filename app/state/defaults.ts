/** What a first visit shows: a PostgreSQL pod and a Restore whose init hook removes a stale postmaster.pid. */
export const defaultManifestsText = `apiVersion: v1
kind: Pod
metadata:
  name: postgres-0
  namespace: databases
  labels:
    app: postgres
  annotations:
    post.hook.restore.velero.io/container: postgres
    post.hook.restore.velero.io/command: '["pg_isready", "-U", "postgres"]'
    post.hook.restore.velero.io/wait-for-ready: "true"
    post.hook.restore.velero.io/wait-timeout: 5m
    post.hook.restore.velero.io/on-error: Continue
spec:
  containers:
    - name: postgres
      image: postgres:16
      env:
        - name: PGDATA
          value: /var/lib/postgresql/data
      volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data
      readinessProbe:
        exec:
          command: ["pg_isready", "-U", "postgres"]
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data-postgres-0
`;

// A spec init hook, not an init annotation: an annotation init container gets no volumeMounts, so it
// could not reach the data volume (Velero getInitContainerFromAnnotation).
export const defaultRestoreText = `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: postgres-restore
  namespace: velero
spec:
  backupName: postgres-nightly
  includedNamespaces:
    - databases
  hooks:
    resources:
      - name: remove-stale-pid
        includedNamespaces:
          - databases
        labelSelector:
          matchLabels:
            app: postgres
        postHooks:
          - init:
              initContainers:
                - name: remove-stale-pid
                  image: busybox:1.36
                  command:
                    - /bin/sh
                    - -c
                    - rm -f /var/lib/postgresql/data/postmaster.pid
                  volumeMounts:
                    - name: data
                      mountPath: /var/lib/postgresql/data
`;
