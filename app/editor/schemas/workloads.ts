import type { JSONSchema } from 'monaco-yaml';
import { documented, ref } from './common.ts';

const selector = documented('Selects the pods the workload owns.', ref('labelSelector'));

function workload(apiVersion: string, kind: string, spec: Record<string, JSONSchema>): JSONSchema {
  return {
    type: 'object',
    properties: {
      apiVersion: { type: 'string', const: apiVersion },
      kind: { type: 'string', const: kind },
      metadata: ref('objectMeta'),
      spec: { type: 'object', properties: spec },
    },
  };
}

const template = ref('podTemplate');

/** Workload kinds; Velero restores their Pod items, which carry `spec.template`'s metadata. */
export const workloadDefinitions: Record<string, JSONSchema> = {
  deployment: workload('apps/v1', 'Deployment', {
    replicas: { type: 'integer' },
    selector,
    template,
  }),
  statefulSet: workload('apps/v1', 'StatefulSet', {
    replicas: { type: 'integer' },
    serviceName: { type: 'string' },
    selector,
    template,
    volumeClaimTemplates: { type: 'array', items: { type: 'object' } },
  }),
  daemonSet: workload('apps/v1', 'DaemonSet', { selector, template }),
  replicaSet: workload('apps/v1', 'ReplicaSet', {
    replicas: { type: 'integer' },
    selector,
    template,
  }),
  job: workload('batch/v1', 'Job', { template }),
  cronJob: workload('batch/v1', 'CronJob', {
    schedule: { type: 'string' },
    jobTemplate: {
      type: 'object',
      properties: { spec: { type: 'object', properties: { template } } },
    },
  }),
};
