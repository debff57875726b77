/** Test kit: manifests the CLI tests (in-process and packaged) check. */

/**
 * A Deployment with an exec hook annotation on its own metadata (line 7, column 5), where Velero
 * never reads it: what hook-annotations-on-workload reports.
 */
export const annotatedDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
  annotations:
    post.hook.restore.velero.io/command: '["/app/reindex"]'
spec:
  selector: {matchLabels: {app: worker}}
  template:
    metadata:
      labels: {app: worker}
    spec:
      containers:
      - name: worker
        image: worker:1
`;
