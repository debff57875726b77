import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { yaml } from '../testing/rules.ts';
import { resolveVeleroVersion } from '../versions/versionModel.ts';
import { planToJson } from './planJson.ts';
import { resolveRestoreResource } from './restoreFilters.ts';
import { validateWildcardNamespace } from './namespaceWildcards.ts';

const pods = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: db, namespace: prod, labels: {app: db, tier: data}}',
  'spec: {containers: [{name: app, image: postgres}]}',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: web, namespace: staging, labels: {app: web}}',
  'spec: {containers: [{name: app, image: nginx}]}',
);

const restore = (...spec: string[]) =>
  yaml(
    'apiVersion: velero.io/v1',
    'kind: Restore',
    'metadata: {name: r1, namespace: velero}',
    'spec:',
    '  backupName: b1',
    '  hooks:',
    '    resources:',
    '    - name: all',
    '      postHooks: [{exec: {command: [/bin/true]}}]',
    ...spec.map((s) => '  ' + s),
  );

function plan(restoreText: string, version = '1.18.2') {
  const veleroVersion = resolveVeleroVersion(version).version!;
  const analysis = analyze({
    manifests: [{ name: 'pods.yaml', text: pods }],
    restore: { name: 'restore.yaml', text: restoreText },
    veleroVersion,
  });
  return planToJson(analysis.plan);
}

/** `namespace/name:skipReason` per pod, `-` for a restored pod. */
function skips(restoreText: string, version?: string): string[] {
  return plan(restoreText, version).pods.map((p) => `${p.name}:${p.skipReason ?? '-'}`);
}

describe('the Restore item filters (pkg/restore/restore.go getOrderedResourceCollection)', () => {
  it.each([
    ['no filters: every pod', [], ['db:-', 'web:-']],
    [
      'includedNamespaces [prod]',
      ['includedNamespaces: [prod]'],
      ['db:-', 'web:namespace-excluded'],
    ],
    ['a glob', ['includedNamespaces: ["prod*"]'], ['db:-', 'web:namespace-excluded']],
    [
      'excludes win',
      ['includedNamespaces: ["*"]', 'excludedNamespaces: [prod]'],
      ['db:namespace-excluded', 'web:-'],
    ],
    [
      'excludedResources [pods]',
      ['excludedResources: [pods]'],
      ['db:resource-excluded', 'web:resource-excluded'],
    ],
    [
      'excludedResources [Pod] (the mapper lowercases)',
      ['excludedResources: [Pod]'],
      ['db:resource-excluded', 'web:resource-excluded'],
    ],
    [
      'excludedResources [po] (short name)',
      ['excludedResources: [po]'],
      ['db:resource-excluded', 'web:resource-excluded'],
    ],
    [
      'excludedResources [PO]: the shortcut expander is case-sensitive',
      ['excludedResources: [PO]'],
      ['db:-', 'web:-'],
    ],
    [
      'excludedResources ["pods."]',
      ['excludedResources: ["pods."]'],
      ['db:resource-excluded', 'web:resource-excluded'],
    ],
    [
      'excludedResources [pods.apps] resolves to no core resource',
      ['excludedResources: [pods.apps]'],
      ['db:-', 'web:-'],
    ],
    [
      'includedResources [deployments]',
      ['includedResources: [deployments]'],
      ['db:resource-excluded', 'web:resource-excluded'],
    ],
    [
      'includedResources ["p*"]: unresolved, kept as a glob',
      ['includedResources: ["p*"]'],
      ['db:-', 'web:-'],
    ],
    ['includedResources ["*"]', ['includedResources: ["*"]'], ['db:-', 'web:-']],
    [
      'labelSelector on the backed-up labels',
      ['labelSelector: {matchLabels: {app: db}}'],
      ['db:-', 'web:label-selector'],
    ],
    [
      'orLabelSelectors: one match is enough',
      ['orLabelSelectors: [{matchLabels: {app: x}}, {matchLabels: {app: web}}]'],
      ['db:or-label-selectors', 'web:-'],
    ],
    [
      'orLabelSelectors: [null] matches nothing',
      ['orLabelSelectors: [null]'],
      ['db:or-label-selectors', 'web:or-label-selectors'],
    ],
    ['labelSelector {}: everything', ['labelSelector: {}'], ['db:-', 'web:-']],
    [
      'resource filter before namespace',
      ['excludedResources: [pods]', 'includedNamespaces: [other]'],
      ['db:resource-excluded', 'web:resource-excluded'],
    ],
  ] as const)('%s', (_, spec, expected) => {
    expect(skips(restore(...spec))).toEqual(expected);
  });

  it('matches the BACKUP namespace, not the mapped one', () => {
    const text = restore('includedNamespaces: [prod]', 'namespaceMapping: {prod: prod-copy}');
    expect(skips(text)).toEqual(['db:-', 'web:namespace-excluded']);
  });

  it('a filtered pod has no init containers, no exec hooks and no tracker key, and says why', () => {
    const json = plan(restore('labelSelector: {matchLabels: {app: db}}'));
    expect(json.trackerAdded).toBe(1);
    expect(json.pods[1]).toMatchObject({
      restored: false,
      initContainers: null,
      execHooks: {},
      error: null,
      skipReason: 'label-selector',
      notRestoredReason:
        'the Restore\'s labelSelector (app=db) does not match the pod\'s labels (label app is "web", matchLabels wants "db"; pkg/restore/restore.go getSelectedRestoreableItems): Velero does not restore the pod, so it gets no hooks',
    });
  });

  it('an invalid labelSelector fails the restore before any item (Go message)', () => {
    const text = restore('labelSelector: {matchExpressions: [{key: app, operator: Equals}]}');
    expect(plan(text).pods.map((p) => [p.skipReason, p.notRestoredReason])).toEqual([
      [
        'restore-failed',
        'Velero fails the restore before restoring any item: "Equals" is not a valid label selector operator',
      ],
      [
        'restore-failed',
        'Velero fails the restore before restoring any item: "Equals" is not a valid label selector operator',
      ],
    ]);
    expect(plan(text, '1.12.4').pods[0]!.notRestoredReason).toContain(
      '"Equals" is not a valid pod selector operator',
    );
  });
});

describe('namespace wildcards by release (restoreNamespaceWildcards)', () => {
  const noMatch = restore('includedNamespaces: ["dev-*"]');
  it.each([
    ['1.17.2', ['db:namespace-excluded', 'web:namespace-excluded']],
    ['1.18.0', ['db:-', 'web:-']],
    ['1.18.1', ['db:namespace-excluded', 'web:namespace-excluded']],
    ['1.18.2', ['db:namespace-excluded', 'web:namespace-excluded']],
    ['main', ['db:-', 'web:-']],
  ] as const)('includes matching no backup namespace on %s', (version, expected) => {
    expect(skips(noMatch, version)).toEqual(expected);
  });

  it('a brace pattern is a glob where nothing expands, and fails the restore where it does', () => {
    const text = restore('includedNamespaces: ["{prod,dev}", "x*"]');
    expect(skips(text, '1.18.2')).toEqual(['db:-', 'web:namespace-excluded']);
    expect(plan(text, 'main').pods[0]!.notRestoredReason).toBe(
      'Velero fails the restore before restoring any item: error expanding wildcard patterns in namespace includes/excludes: wildcard pattern contains unsupported characters: |, (, ), !, {, }, ,',
    );
  });

  it('1.18.0 expands excludes alone; main only with includes', () => {
    const text = restore('excludedNamespaces: ["prod**"]');
    expect(skips(text, '1.18.0')).toEqual(['db:restore-failed', 'web:restore-failed']);
    expect(skips(text, 'main')).toEqual(['db:namespace-excluded', 'web:-']);
  });

  it.each([
    ['prod-*', null],
    ['a|b', 'wildcard pattern contains unsupported characters: |, (, ), !, {, }, ,'],
    ['a**', 'wildcard pattern contains consecutive asterisks (only single * allowed)'],
    ['a[', "wildcard pattern contains unclosed bracket '['"],
    ['a[]', "wildcard pattern contains empty bracket pattern '[]'"],
    ['a]', "wildcard pattern contains unmatched closing bracket ']'"],
    ['[ab]c', null],
  ])('ValidateNamespaceName(%j)', (pattern, error) => {
    expect(validateWildcardNamespace(pattern)).toBe(error);
  });
});

describe('validateAndComplete on the filters (Go messages, in order)', () => {
  it('non-restorable resources, lists, and both selectors', () => {
    const text = restore(
      'includedResources: [nodes, "*"]',
      'excludedNamespaces: ["*"]',
      'labelSelector: {}',
      'orLabelSelectors: []',
    );
    expect(plan(text).validationErrors).toEqual([
      'nodes are non-restorable resources',
      "Invalid included/excluded resource lists: includes list must either contain '*' only, or a non-empty list of items",
      'Invalid included/excluded resource lists: excludes list cannot contain an item in the includes list: nodes',
      "Invalid included/excluded namespace lists: excludes list cannot contain '*'",
      'encountered labelSelector as well as orLabelSelectors in restore spec, only one can be specified',
    ]);
  });
});

describe('resolveRestoreResource (discovery on a standard cluster)', () => {
  it.each([
    ['pods', 'pods'],
    ['pod', 'pods'],
    ['Pods', 'pods'],
    ['po', 'pods'],
    ['PO', 'PO'],
    ['pods.', 'pods'],
    ['pvc', 'persistentvolumeclaims'],
    ['PersistentVolumeClaim', 'persistentvolumeclaims'],
    ['PVC', 'PVC'],
    ['pv', 'persistentvolumes'],
    ['pods.metrics.k8s.io', 'pods.metrics.k8s.io'],
    ['deployments', 'deployments'],
  ])('%s → %s', (item, resolved) => {
    expect(resolveRestoreResource(item)).toBe(resolved);
  });
});
