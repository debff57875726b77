import {
  getTypeLookup,
  underlyingOf,
  type GoField,
  type GoType,
  type K8sApiVersion,
} from './goTypes.ts';

/**
 * The keys of `value` that `runtime.DefaultUnstructuredConverter.FromUnstructured` into the Go type
 * `typeName` ignores, with their paths (`spec.containers[0].resizePolicy`): keys that name no field
 * of the struct they are in. The converter matches JSON names exactly (unlike encoding/json, no
 * case folding). Only walks; values of the wrong type and custom types (Quantity, Time) are left
 * alone.
 */
export function unknownFields(value: unknown, typeName: string, version: K8sApiVersion): string[] {
  const lookup = getTypeLookup(version);
  const out: string[] = [];
  walk(lookup.resolve(typeName.includes('.') ? typeName : `core.${typeName}`), value, '', out);
  return out;
}

function walk(type: GoType, value: unknown, path: string, out: string[]): void {
  if (value === null || typeof value !== 'object') return;
  const u = underlyingOf(type);
  if (u.kind === 'pointer') return walk(u.elem, value, path, out);
  if (Array.isArray(value)) {
    if (u.kind === 'slice') value.forEach((item, i) => walk(u.elem, item, `${path}[${i}]`, out));
    return;
  }
  if (u.kind === 'map') {
    for (const [key, item] of Object.entries(value)) walk(u.elem, item, join(path, key), out);
    return;
  }
  if (u.kind !== 'named' || u.def.k !== 'struct') return;
  const fields = fieldsByName(u);
  for (const [key, item] of Object.entries(value)) {
    const field = fields.get(key);
    if (field) walk(field.type, item, join(path, key), out);
    else out.push(join(path, key));
  }
}

const byName = new WeakMap<readonly GoField[], Map<string, GoField>>();

function fieldsByName(type: GoType & { kind: 'named' }): Map<string, GoField> {
  const fields = type.lookup.fieldsOf(type);
  let map = byName.get(fields);
  if (!map) {
    map = new Map(fields.map((f) => [f.name, f]));
    byName.set(fields, map);
  }
  return map;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
