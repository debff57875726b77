/**
 * How the designer and the CLI name an object in headers, lists and cards: one formatter, so a
 * manifest without a namespace is said to have none, the same way everywhere, and never shown
 * with a namespace the engine had to assume (`default`) or with an empty one (`/cassandra`).
 */

/** What names an object: its kind, its manifest's namespace (empty or absent: none), its name. */
export interface ObjectName {
  kind: string;
  namespace?: string | null;
  name: string;
}

/** Said after the name of an object whose manifest has no namespace. */
export const NO_NAMESPACE = '(no namespace)';

/** `StatefulSet db/cassandra`; `StatefulSet cassandra (no namespace)` without a namespace. */
export function formatObjectName(object: ObjectName): string {
  const kind = object.kind || 'Object';
  return `${kind} ${formatNamespacedName(object.namespace, object.name)}`;
}

/** `db/cassandra`; `cassandra (no namespace)` without a namespace. */
export function formatNamespacedName(namespace: string | null | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : `${name} ${NO_NAMESPACE}`;
}

/** What names a pod view and the object it comes from (a PodView has it all). */
export interface PodNames {
  kind: string;
  owner: string;
  name: string;
  namespace: string;
  /** True when the manifest has no namespace (`namespace` is the `default` the engine assumed). */
  namespaceDefaulted: boolean;
}

/** The object the user wrote for a pod: `StatefulSet db/cassandra`, `Pod solo (no namespace)`. */
export function formatPodOwner(pod: PodNames): string {
  return formatObjectName({ kind: pod.kind, namespace: shownNamespace(pod), name: pod.owner });
}

/** The pod itself: `Pod db/cassandra-0`, `Pod cassandra-0 (no namespace)`. */
export function formatPodName(pod: PodNames): string {
  return formatObjectName({ kind: 'Pod', namespace: shownNamespace(pod), name: pod.name });
}

function shownNamespace(pod: PodNames): string {
  return pod.namespaceDefaulted ? '' : pod.namespace;
}
