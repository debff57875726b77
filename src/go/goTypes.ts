/**
 * The generated k8s.io/api type tables (src/model/k8s) as parsed Go types: what encoding/json
 * needs to decode into them and to marshal them back.
 */
import type { K8sFieldRow, K8sTypeDef } from '../model/k8s/k8sTypeDef.ts';
import {
  K8S_API_VERSIONS,
  K8S_TYPE_TABLE,
  K8S_TYPES_BY_VERSION,
} from '../model/k8s/k8sTypes.generated.ts';

export type K8sApiVersion = (typeof K8S_API_VERSIONS)[number];

/** A Go type: a basic kind, a pointer, slice or map, or a named (struct, custom or defined) type. */
export type GoType =
  | { readonly kind: 'basic'; readonly name: string }
  | { readonly kind: 'pointer' | 'slice'; readonly elem: GoType }
  | { readonly kind: 'map'; readonly key: GoType; readonly elem: GoType }
  | {
      readonly kind: 'named';
      readonly key: string;
      readonly def: K8sTypeDef;
      readonly lookup: TypeLookup;
    };

/** One struct field, flattened: json name, type, omitempty/omitzero, embedded struct names. */
export interface GoField {
  readonly name: string;
  readonly type: GoType;
  readonly omitEmpty: boolean;
  readonly omitZero: boolean;
  readonly via: readonly string[];
}

/** Resolves type keys for one k8s.io/api version. */
export interface TypeLookup {
  readonly version: K8sApiVersion;
  resolve(key: string): GoType;
  fieldsOf(type: GoType & { kind: 'named' }): readonly GoField[];
}

const lookups = new Map<K8sApiVersion, TypeLookup>();

/** The Go types of one k8s.io/api version (built once, then cached). */
export function getTypeLookup(version: K8sApiVersion): TypeLookup {
  let lookup = lookups.get(version);
  if (!lookup) {
    lookup = createLookup(version);
    lookups.set(version, lookup);
  }
  return lookup;
}

/** Reports whether a string names one of the k8s.io/api versions the tables cover. */
export function isK8sApiVersion(version: string): version is K8sApiVersion {
  return (K8S_API_VERSIONS as readonly string[]).includes(version);
}

function createLookup(version: K8sApiVersion): TypeLookup {
  const defs = new Map<string, K8sTypeDef>();
  for (const index of K8S_TYPES_BY_VERSION[version]) {
    const [key, def] = K8S_TYPE_TABLE[index]!;
    defs.set(key, def);
  }
  const exprs = new Map<string, GoType>();
  const fields = new Map<string, readonly GoField[]>();
  const lookup: TypeLookup = {
    version,
    resolve(expr) {
      let type = exprs.get(expr);
      if (!type) {
        type = parseTypeExpr(expr, defs, lookup);
        exprs.set(expr, type);
      }
      return type;
    },
    fieldsOf(type) {
      let list = fields.get(type.key);
      if (!list) {
        const rows: readonly K8sFieldRow[] = type.def.k === 'struct' ? type.def.f : [];
        list = rows.map((row) => ({
          name: row[0],
          type: lookup.resolve(row[1]),
          omitEmpty: (row[2] & 1) !== 0,
          omitZero: (row[2] & 2) !== 0,
          via: row[3] ? row[3].split('.') : [],
        }));
        fields.set(type.key, list);
      }
      return list;
    },
  };
  return lookup;
}

function parseTypeExpr(expr: string, defs: Map<string, K8sTypeDef>, lookup: TypeLookup): GoType {
  if (expr.startsWith('*')) return { kind: 'pointer', elem: lookup.resolve(expr.slice(1)) };
  if (expr.startsWith('[]')) return { kind: 'slice', elem: lookup.resolve(expr.slice(2)) };
  if (expr.startsWith('map[')) {
    const close = expr.indexOf(']'); // map keys are never composite in these tables
    return {
      kind: 'map',
      key: lookup.resolve(expr.slice(4, close)),
      elem: lookup.resolve(expr.slice(close + 1)),
    };
  }
  const def = defs.get(expr);
  if (!def) return { kind: 'basic', name: expr };
  return { kind: 'named', key: expr, def, lookup };
}

/** The underlying type of a defined non-struct type (`type PullPolicy string` → string). */
export function findUnderlyingType(type: GoType): GoType {
  let t = type;
  while (t.kind === 'named' && t.def.k === 'named') t = t.lookup.resolve(t.def.u);
  return t;
}

/** What reflect.Type.String() prints: `v1.PullPolicy`, `[]string`, `map[string]string`, `*int64`. */
export function describeGoType(type: GoType): string {
  switch (type.kind) {
    case 'basic':
      return type.name;
    case 'pointer':
      return `*${describeGoType(type.elem)}`;
    case 'slice':
      return `[]${describeGoType(type.elem)}`;
    case 'map':
      return `map[${describeGoType(type.key)}]${describeGoType(type.elem)}`;
    case 'named': {
      const [pkg, name] = type.key.split('.') as [string, string];
      return `${pkg === 'core' || pkg === 'meta' ? 'v1' : pkg}.${name}`;
    }
  }
}

/** The Go name of a named type without its package (`SecurityContext`), as errors name structs. */
export function getStructName(type: GoType & { kind: 'named' }): string {
  return type.key.slice(type.key.indexOf('.') + 1);
}

/**
 * The table version for any k8s.io/api release: itself when the tables have it, else the newest
 * tabled patch of the same minor at or below it (patch releases do not change the types).
 */
export function findNearestK8sApiVersion(version: string): K8sApiVersion {
  if (isK8sApiVersion(version)) return version;
  const [major, minor, patch] = version.split('.').map(Number);
  const same = K8S_API_VERSIONS.filter((v) => {
    const [a, b, c] = v.split('.').map(Number);
    return a === major && b === minor && (c ?? 0) <= (patch ?? 0);
  });
  return same[same.length - 1] ?? K8S_API_VERSIONS[K8S_API_VERSIONS.length - 1]!;
}
