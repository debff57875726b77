import {
  getTypeLookup,
  findUnderlyingType,
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
export function findUnknownFields(
  value: unknown,
  typeName: string,
  version: K8sApiVersion,
): string[] {
  const lookup = getTypeLookup(version);
  const out: string[] = [];
  walk(lookup.resolve(typeName.includes('.') ? typeName : `core.${typeName}`), value, [], out);
  return out;
}

/** Walks `value` as `type`; `path` is where it is (a stack, written out only for a key to report). */
function walk(type: GoType, value: unknown, path: (string | number)[], out: string[]): void {
  if (value === null || typeof value !== 'object') return;
  const u = findUnderlyingType(type);
  if (u.kind === 'pointer') return walk(u.elem, value, path, out);
  if (Array.isArray(value)) {
    if (u.kind === 'slice') {
      value.forEach((item, i) => {
        path.push(i);
        walk(u.elem, item, path, out);
        path.pop();
      });
    }
    return;
  }
  const object = value as Record<string, unknown>;
  if (u.kind === 'map') {
    for (const key of Object.keys(object)) {
      path.push(key);
      walk(u.elem, object[key], path, out);
      path.pop();
    }
    return;
  }
  if (u.kind !== 'named' || u.def.k !== 'struct') return;
  const fields = fieldsByName(u);
  for (const key of Object.keys(object)) {
    const field = fields.get(key);
    const item = object[key];
    // Most fields hold scalars: nothing to walk into.
    if (field && (item === null || typeof item !== 'object')) continue;
    path.push(key);
    if (field) walk(field.type, item, path, out);
    else out.push(pathText(path));
    path.pop();
  }
}

const byName = new WeakMap<GoType, Map<string, GoField>>();

/** A struct's fields by JSON name (kept per type: the lookup hands out one object per type). */
function fieldsByName(type: GoType & { kind: 'named' }): Map<string, GoField> {
  let map = byName.get(type);
  if (!map) {
    map = new Map(type.lookup.fieldsOf(type).map((f) => [f.name, f]));
    byName.set(type, map);
  }
  return map;
}

/** `spec.containers[0].resizePolicy` for ['spec', 'containers', 0, 'resizePolicy']. */
function pathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else text = text ? `${text}.${step}` : step;
  }
  return text;
}
