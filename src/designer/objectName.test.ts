import { describe, expect, it } from 'vitest';
import {
  formatNamespacedName,
  formatObjectName,
  formatPodName,
  formatPodOwner,
} from './objectName.ts';

describe('formatObjectName', () => {
  it.each([
    [{ kind: 'StatefulSet', namespace: 'db', name: 'cassandra' }, 'StatefulSet db/cassandra'],
    [
      { kind: 'StatefulSet', namespace: '', name: 'cassandra' },
      'StatefulSet cassandra (no namespace)',
    ],
    [{ kind: 'Pod', namespace: null, name: 'db-0' }, 'Pod db-0 (no namespace)'],
    [{ kind: 'Pod', name: 'db-0' }, 'Pod db-0 (no namespace)'],
    [{ kind: '', namespace: 'x', name: 'y' }, 'Object x/y'],
  ])('%o', (object, expected) => {
    expect(formatObjectName(object)).toBe(expected);
  });

  it('names without a kind', () => {
    expect(formatNamespacedName('shop', 'web')).toBe('shop/web');
    expect(formatNamespacedName(undefined, 'web')).toBe('web (no namespace)');
  });
});

describe('formatPodOwner and formatPodName', () => {
  const cassandra = {
    kind: 'StatefulSet',
    owner: 'cassandra',
    name: 'cassandra-0',
    namespace: 'db',
    namespaceDefaulted: false,
  };
  const assumed = { ...cassandra, namespace: 'default', namespaceDefaulted: true };
  it.each([
    ['with a namespace', cassandra, 'StatefulSet db/cassandra', 'Pod db/cassandra-0'],
    [
      'without one: the default the engine assumed is not shown',
      assumed,
      'StatefulSet cassandra (no namespace)',
      'Pod cassandra-0 (no namespace)',
    ],
    [
      'written as default: shown',
      { ...cassandra, namespace: 'default' },
      'StatefulSet default/cassandra',
      'Pod default/cassandra-0',
    ],
  ])('%s', (_name, pod, owner, name) => {
    expect(formatPodOwner(pod)).toBe(owner);
    expect(formatPodName(pod)).toBe(name);
  });
});
