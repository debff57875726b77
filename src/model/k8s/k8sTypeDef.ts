/**
 * The shape of one Go type in the generated k8s.io/api tables (k8sTypes.generated.ts).
 * Type expressions: Go basic kinds, `*T`, `[]T`, `map[K]V`, or a key such as `core.Container`.
 */

/** [json name, type expression, flags (1 omitempty, 2 omitzero), embedded Go struct names]. */
export type K8sFieldRow =
  readonly [string, string, number] | readonly [string, string, number, string];

/** A struct (fields flattened as encoding/json does), a named non-struct type, or a custom one. */
export type K8sTypeDef =
  | { readonly k: 'struct'; readonly f: readonly K8sFieldRow[] }
  | { readonly k: 'named'; readonly u: string }
  | { readonly k: 'custom'; readonly go: string };
