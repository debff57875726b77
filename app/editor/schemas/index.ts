import type { JSONSchema, SchemasSettings } from 'monaco-yaml';
import { documented, ref } from './common.ts';
import { labelSelector } from './labelSelector.ts';
import { podDefinitions } from './pod.ts';
import { restoreDefinitions } from './restore.ts';
import { workloadDefinitions } from './workloads.ts';

const definitions: Record<string, JSONSchema> = {
  labelSelector,
  ...podDefinitions,
  ...workloadDefinitions,
  ...restoreDefinitions,
};

/** kind → definition; a document is checked against the definition of its `kind`. */
const kinds: Record<string, { definition: string; about: string }> = {
  Pod: { definition: 'pod', about: 'Velero runs restore hooks on pods.' },
  Deployment: { definition: 'deployment', about: 'Hooks apply to its pods (spec.template).' },
  StatefulSet: { definition: 'statefulSet', about: 'Hooks apply to its pods (spec.template).' },
  DaemonSet: { definition: 'daemonSet', about: 'Hooks apply to its pods (spec.template).' },
  ReplicaSet: { definition: 'replicaSet', about: 'Hooks apply to its pods (spec.template).' },
  Job: { definition: 'job', about: 'Hooks apply to its pods (spec.template).' },
  CronJob: {
    definition: 'cronJob',
    about: 'Hooks apply to its pods (spec.jobTemplate.spec.template).',
  },
  Restore: { definition: 'restore', about: 'A velero.io/v1 Restore.' },
  List: { definition: 'list', about: 'A list of objects, as `kubectl get -o yaml` prints.' },
};

const manifestDispatch: JSONSchema = {
  type: 'object',
  properties: {
    apiVersion: { type: 'string' },
    kind: {
      anyOf: [
        {
          enum: Object.keys(kinds),
          markdownEnumDescriptions: Object.values(kinds).map((k) => k.about),
        },
        { type: 'string' },
      ],
    },
  },
  allOf: Object.entries(kinds).map(([kind, { definition }]) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: ref(definition),
  })),
};

const manifestsSchema: JSONSchema = {
  ...manifestDispatch,
  definitions: {
    ...definitions,
    list: {
      type: 'object',
      properties: {
        items: documented('The listed objects.', { type: 'array', items: ref('manifest') }),
      },
    },
    manifest: manifestDispatch,
  },
};

const restoreSchema: JSONSchema = {
  ...ref('restore'),
  definitions,
};

/** Bundled schemas for monaco-yaml, keyed to the editors' model URIs (nothing is fetched). */
export function createSchemaSettings(uris: {
  manifests: string;
  restore: string;
}): SchemasSettings[] {
  return [
    {
      uri: 'inmemory://restore-hook-designer/schemas/manifests.json',
      fileMatch: [uris.manifests],
      schema: manifestsSchema,
    },
    {
      uri: 'inmemory://restore-hook-designer/schemas/restore.json',
      fileMatch: [uris.restore],
      schema: restoreSchema,
    },
  ];
}
