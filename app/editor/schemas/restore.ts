import type { JSONSchema } from 'monaco-yaml';
import { documented, goDuration, ref, stringList, stringMap } from './common.ts';

const IHH = '`internal/hook/item_hook_handler.go`';

const ignoredForHooks = (example: string): string =>
  '**Ignored by Velero for restore hooks.** `GetRestoreHooksFromSpec` (' +
  IHH +
  ') always selects pods and never reads this field: ' +
  example;

const hookContainer: JSONSchema = documented(
  'A full Kubernetes container, decoded with Go `encoding/json` into `corev1.Container`: keys match ' +
    'case-insensitively, unknown keys are dropped, and every Container field you write is kept. Unlike an ' +
    'annotation init container it gets exactly the `volumeMounts` you list, so mount the data volume here to ' +
    'prepare restored data.\n\n`name`, `image` and a non-empty `command` are required (`ValidateContainer`); ' +
    'one invalid container in **any** hook fails the whole Restore (`FailedValidation`).',
  {
    type: 'object',
    required: ['name', 'image', 'command'],
    properties: {
      name: { type: 'string', minLength: 1 },
      image: { type: 'string', minLength: 1 },
      command: documented(
        'Required and non-empty: an `args`-only container that relies on the image entrypoint is rejected.',
        { type: 'array', items: { type: 'string' }, minItems: 1 },
      ),
    },
    additionalProperties: true,
  },
);

const initHook: JSONSchema = documented(
  'Init containers added to every matching pod, before its original init containers.',
  {
    type: 'object',
    properties: {
      initContainers: documented(
        'Added in order: `hooks.resources` order, then `postHooks` order, then this list. Nothing is ' +
          'deduplicated, so two hooks with the same container name give a pod the API server rejects.',
        { type: 'array', items: ref('hookContainer') },
      ),
      timeout: documented('**Never read by Velero**: it has no effect.', { type: 'string' }),
    },
  },
);

const execHook: JSONSchema = documented(
  'A command run in a container of the restored pod once the container is up. Ignored for pods that have ' +
    'a `post.hook.restore.velero.io/command` annotation, and never run for pods that already existed.',
  {
    type: 'object',
    required: ['command'],
    properties: {
      container: documented(
        'Default: the first of `spec.containers`. A container the pod does not have (or a native sidecar) is ' +
          'dropped with a warning and the Restore stays in `Finalizing` (velero#9749).',
        { type: 'string' },
      ),
      command: documented('The command and its arguments, not run in a shell.', {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
      }),
      onError: documented(
        'Either way a failure makes the Restore `PartiallyFailed` and cancels the pending hooks of every ' +
          "other pod. `Fail` also skips this pod's remaining hooks; `Continue` runs them.",
        { type: 'string', enum: ['Continue', 'Fail'] },
      ),
      execTimeout: goDuration(
        'How long the command may run. Default `30s`. On timeout the command is **not** killed.',
      ),
      waitTimeout: goDuration(
        'How long, from pod creation, to wait for the container to be Running (Ready with `waitForReady`). ' +
          'Unset or `<= 0`: the whole pod waits without a deadline. When it has passed the hook is counted ' +
          'as failed and still runs, unless `onError` is `Fail`.',
      ),
      waitForReady: documented(
        'Wait for Ready instead of Running. Applies to every hook of the same container, not of the pod.',
        { type: ['boolean', 'null'] },
      ),
    },
  },
);

const resourceHook: JSONSchema = {
  title: 'Restore hook (spec.hooks.resources[])',
  type: 'object',
  required: ['name'],
  properties: {
    name: documented(
      'Name of the hook in logs and in the hook tracker. Two entries with the same name and an exec hook at ' +
        'the same index for the same container collapse into one, so the second failure is not counted.',
      { type: 'string' },
    ),
    includedNamespaces: stringList(
      'Pods in these **target** namespaces (after `namespaceMapping`). Glob patterns (`*`, `?`, `[abc]`, ' +
        '`{a,b}`). Empty or `*` means all; `excludedNamespaces` win.',
    ),
    excludedNamespaces: stringList(
      'Target namespaces to skip; checked before `includedNamespaces`.',
    ),
    includedResources: documented(
      ignoredForHooks(
        'a hook with `includedResources: [deployments.apps]` still applies to every matching pod.',
      ),
      { type: 'array', items: { type: 'string' } },
    ),
    excludedResources: documented(
      ignoredForHooks('`excludedResources: [pods]` does not turn the hook off.'),
      { type: 'array', items: { type: 'string' } },
    ),
    labelSelector: ref(
      'labelSelector',
      'Init hooks match the labels as they were in the backup; exec hooks match the created pod, which also ' +
        'has `velero.io/backup-name` and `velero.io/restore-name`. An invalid selector fails the Restore.',
    ),
    postHooks: documented(
      'Hooks in order. An exec hook is identified by its index here, counting init entries too.',
      {
        type: 'array',
        items: { type: 'object', properties: { init: ref('initHook'), exec: ref('execHook') } },
      },
    ),
  },
};

export const restoreDefinitions: Record<string, JSONSchema> = {
  hookContainer,
  initHook,
  execHook,
  resourceHook,
  restore: {
    title: 'Velero Restore',
    type: 'object',
    required: ['apiVersion', 'kind', 'spec'],
    properties: {
      apiVersion: { type: 'string', const: 'velero.io/v1' },
      kind: { type: 'string', const: 'Restore' },
      metadata: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          namespace: documented('The namespace Velero runs in, usually `velero`.', {
            type: 'string',
          }),
        },
      },
      spec: ref('restoreSpec'),
    },
  },
  restoreSpec: {
    type: 'object',
    properties: {
      backupName: { type: 'string' },
      scheduleName: documented('Restore the latest backup of this schedule.', { type: 'string' }),
      includedNamespaces: stringList(
        'Namespaces **in the backup** to restore. Hook namespace filters, unlike this one, match target ' +
          'namespaces.',
      ),
      excludedNamespaces: stringList('Namespaces in the backup not to restore.'),
      includedResources: stringList(
        'Resources to restore. Unrelated to which pods hooks apply to.',
      ),
      excludedResources: stringList('Resources not to restore.'),
      namespaceMapping: stringMap(
        'Backup namespace → target namespace. Restore hooks match pods by their **target** namespace.',
      ),
      labelSelector: ref('labelSelector', 'Restore only resources with these labels.'),
      orLabelSelectors: { type: 'array', items: ref('labelSelector') },
      restorePVs: { type: ['boolean', 'null'] },
      existingResourcePolicy: documented(
        'What to do with resources that already exist. Exec hooks run only for pods Velero creates.',
        { type: 'string', enum: ['none', 'update'] },
      ),
      preserveNodePorts: { type: ['boolean', 'null'] },
      itemOperationTimeout: goDuration('How long to wait for asynchronous restore item actions.'),
      hooks: {
        type: 'object',
        properties: {
          resources: documented(
            'Restore hooks. They apply to pods only, whatever the resource filters say.',
            { type: 'array', items: ref('resourceHook') },
          ),
        },
      },
    },
  },
};
