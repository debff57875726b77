/** Test kit: manifests the CLI tests (in-process and packaged) check. */
import { buildPod } from './rules.ts';

/**
 * A Pod `prod/db` with one container `postgres` (postgres:16) and the given annotations, one
 * `key: value` each: the first on line 7, keys at column 5. The pod the CLI and language server
 * tests run on.
 */
export const postgresPod = (...annotations: string[]): string =>
  buildPod({
    namespace: 'prod',
    annotations,
    spec: ['  containers:', '  - name: postgres', '    image: postgres:16'],
  });

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
