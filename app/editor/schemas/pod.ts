import type { JSONSchema } from 'monaco-yaml';
import { podAnnotations, workloadAnnotations } from './annotations.ts';
import { documented, ref, stringList, stringMap } from './common.ts';

const labels = stringMap(
  'Labels. Restore-hook label selectors match them: init hooks see the labels as they were in the backup; ' +
    'exec hooks see the created pod, which also carries `velero.io/backup-name` and `velero.io/restore-name`.',
);

function objectMeta(annotations: JSONSchema): JSONSchema {
  return {
    type: 'object',
    properties: {
      name: { type: 'string' },
      namespace: documented(
        'Namespace in the backup. With `spec.namespaceMapping` in the Restore, hook namespace filters match the ' +
          '**target** namespace instead.',
        { type: 'string' },
      ),
      labels,
      annotations,
    },
  };
}

const containerProperties: Record<string, JSONSchema> = {
  name: { type: 'string' },
  image: { type: 'string' },
  command: stringList('Entrypoint array; not run in a shell. Replaces the image ENTRYPOINT.'),
  args: stringList('Arguments to the entrypoint.'),
  workingDir: { type: 'string' },
  env: {
    type: 'array',
    items: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        value: { type: 'string' },
        valueFrom: { type: 'object' },
      },
    },
  },
  volumeMounts: {
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'mountPath'],
      properties: {
        name: { type: 'string' },
        mountPath: { type: 'string' },
        subPath: { type: 'string' },
        readOnly: { type: 'boolean' },
      },
    },
  },
  ports: { type: 'array', items: { type: 'object' } },
  resources: { type: 'object' },
  securityContext: { type: 'object' },
  readinessProbe: documented(
    'Decides Ready. Exec hooks with `waitForReady` wait for Ready; the others only for Running.',
    { type: 'object' },
  ),
  livenessProbe: { type: 'object' },
  startupProbe: { type: 'object' },
  imagePullPolicy: { type: 'string', enum: ['Always', 'IfNotPresent', 'Never'] },
};

export const podDefinitions: Record<string, JSONSchema> = {
  objectMeta: objectMeta(workloadAnnotations),
  podObjectMeta: objectMeta(podAnnotations),
  container: { type: 'object', required: ['name'], properties: containerProperties },
  initContainer: {
    type: 'object',
    required: ['name'],
    properties: {
      ...containerProperties,
      restartPolicy: documented(
        '`Always` makes this a native sidecar. Velero waits for exec-hook containers only in ' +
          '`spec.containers`, so an exec hook aimed at a sidecar is dropped and the Restore stays in ' +
          '`Finalizing` (velero#9749).',
        { type: 'string', enum: ['Always'] },
      ),
    },
  },
  podSpec: {
    type: 'object',
    properties: {
      containers: documented(
        'App containers. The **first** one is where exec hooks run when they name no container.',
        { type: 'array', items: ref('container') },
      ),
      initContainers: documented(
        'Init containers. Restore init hooks are inserted **before** these, after a `restore-wait` container ' +
          'only if it is already the first one.',
        { type: 'array', items: ref('initContainer') },
      ),
      volumes: {
        type: 'array',
        items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      },
      serviceAccountName: { type: 'string' },
      restartPolicy: { type: 'string', enum: ['Always', 'OnFailure', 'Never'] },
      nodeSelector: stringMap('Node labels the pod must be scheduled on.'),
    },
  },
  podTemplate: documented(
    'Pod template. Its pods inherit the metadata below; restore hooks apply to those pods.',
    {
      type: 'object',
      properties: { metadata: ref('podObjectMeta'), spec: ref('podSpec') },
    },
  ),
  pod: {
    title: 'Pod',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', const: 'v1' },
      kind: { type: 'string', const: 'Pod' },
      metadata: ref('podObjectMeta'),
      spec: ref('podSpec'),
      status: documented(
        'Ignored by the API server on create. Pods whose `phase` was `Succeeded` or `Failed` in the backup are ' +
          'not restored at all.',
        { type: 'object' },
      ),
    },
  },
};
