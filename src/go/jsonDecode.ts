/**
 * Go's `json.Unmarshal` of a JSON value into a k8s.io/api type (corev1.Container, corev1.Pod, …) at
 * one k8s.io/api version, followed by `json.Marshal` of the result: the typed round trip that
 * Velero's `internal/hook/item_hook_handler.go` (ValidateContainer, HandleRestoreHooks) applies.
 */
import type { JsonObject, JsonValue } from '../model/types.ts';
import type { GoField, GoType, K8sApiVersion } from './goTypes.ts';
import {
  describeGoType,
  getTypeLookup,
  isK8sApiVersion,
  getStructName,
  findUnderlyingType,
} from './goTypes.ts';
import { parseGoInt64, type Quantity } from './quantity.ts';
import { formatQuantity, unmarshalQuantityJson, ZERO_QUANTITY } from './quantity.ts';
import { parseGoTime } from './goTime.ts';

export type { K8sApiVersion } from './goTypes.ts';

/** How the Go toolchain that built Velero shapes encoding/json behaviour. */
export interface GoJsonOptions {
  /**
   * Go 1.24+: type-error paths name embedded structs (`Probe.livenessProbe.ProbeHandler.httpGet…`)
   * and `omitzero` is honoured. Default: true for k8s.io/api 0.33.3 and later (Velero 1.17+, built
   * with Go 1.24, 1.25, 1.26), false before (Velero ≤ 1.16, Go ≤ 1.23).
   */
  readonly go124?: boolean;
  /**
   * Order in which object keys are decoded (it decides which of two case-folded duplicates wins
   * and which type error is first). `given` (default): the value's own key order. `sorted`: Go's
   * byte order, which is what Velero reads when the API server re-serialises a custom resource.
   */
  readonly keyOrder?: 'given' | 'sorted';
}

/** The outcome of decoding: what json.Marshal of the typed value writes, or Go's error. */
export interface GoJsonDecodeResult {
  /** json.Marshal of the decoded struct (canonical key names, omitempty applied); undefined on error. */
  readonly value: JsonValue | undefined;
  /** The error json.Unmarshal returns (the first type error, or a custom unmarshaler's error). */
  readonly error: string | undefined;
  /** JSON paths of keys that are not fields of their struct (`volumeMounts[0].bogus`). */
  readonly droppedKeys: string[];
  /** Keys matched to a field case-insensitively; path is where the value landed. */
  readonly renamedKeys: { path: string; from: string; to: string }[];
}

type IntOrString = { readonly str: boolean; readonly i: bigint; readonly s: string };
type GoTimeValue = { readonly time: string | null };
type FieldsV1 = { readonly raw: JsonValue | undefined };
/** A decoded Go value; its meaning comes from the GoType it is decoded with. */
type GoValue =
  | string
  | boolean
  | bigint
  | number
  | null
  | GoValue[]
  | Map<string, GoValue>
  | Quantity
  | IntOrString
  | GoTimeValue
  | FieldsV1;

/** A custom UnmarshalJSON failed: Go returns its error at once (not a saved type error). */
class Abort extends Error {}

interface State {
  readonly go124: boolean;
  readonly sorted: boolean;
  saved: string | undefined;
  struct: string | null;
  readonly stack: string[];
  readonly dropped: string[];
  readonly renamed: { path: string; from: string; to: string }[];
}

/**
 * Decodes `value` into the Go type `typeName` (`Container`, `Pod`, or a table key such as
 * `core.EnvVar`) of k8s.io/api `version` and marshals it back; never throws.
 */
export function decodeGoJson(
  value: unknown,
  typeName: string,
  version: K8sApiVersion,
  options: GoJsonOptions = {},
): GoJsonDecodeResult {
  const droppedKeys: string[] = [];
  const renamedKeys: { path: string; from: string; to: string }[] = [];
  const fail = (error: string): GoJsonDecodeResult => ({
    value: undefined,
    error,
    droppedKeys,
    renamedKeys,
  });
  if (!isK8sApiVersion(version)) return fail(`unknown k8s.io/api version ${String(version)}`);
  const lookup = getTypeLookup(version);
  const key = typeName.includes('.') ? typeName : `core.${typeName}`;
  const type = lookup.resolve(key);
  if (type.kind !== 'named') return fail(`unknown Go type ${typeName} in k8s.io/api ${version}`);
  const input = normalizeInput(value);
  if ('error' in input) return fail(input.error);
  const state: State = {
    go124: options.go124 ?? !['0.24.2', '0.25.6', '0.29.0', '0.31.3'].includes(version),
    sorted: options.keyOrder === 'sorted',
    saved: undefined,
    struct: null,
    stack: [],
    dropped: droppedKeys,
    renamed: renamedKeys,
  };
  let decoded: GoValue;
  try {
    decoded = decodeValue(state, type, zeroOf(type), input.json, '');
  } catch (e) {
    if (e instanceof Abort) return fail(e.message);
    throw e;
  }
  if (state.saved !== undefined) return fail(state.saved);
  return { value: marshalValue(state, type, decoded), error: undefined, droppedKeys, renamedKeys };
}

/** What the JSON text would hold: JSON.stringify semantics; NaN and ±Inf fail as json.Marshal does. */
function normalizeInput(value: unknown): { json: JsonValue } | { error: string } {
  const bad = findNonFinite(value, 0);
  if (bad !== undefined)
    return {
      error: `json: unsupported value: ${Number.isNaN(bad) ? 'NaN' : bad > 0 ? '+Inf' : '-Inf'}`,
    };
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
    return { json: text === undefined ? null : (JSON.parse(text) as JsonValue) };
  } catch {
    return { error: 'json: unsupported value' };
  }
}

function findNonFinite(value: unknown, depth: number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : value;
  if (depth > 200 || typeof value !== 'object' || value === null) return undefined;
  for (const v of Object.values(value)) {
    const bad = findNonFinite(v, depth + 1);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

// ---------------------------------------------------------------- zero values and errors

function zeroOf(type: GoType): GoValue {
  if (type.kind === 'basic') {
    if (type.name === 'string') return '';
    if (type.name === 'bool') return false;
    return type.name.startsWith('float') ? 0 : 0n;
  }
  if (type.kind !== 'named') return null; // nil pointer, slice or map
  if (type.def.k === 'named') return zeroOf(type.lookup.resolve(type.def.u));
  if (type.def.k === 'struct') return new Map();
  switch (type.def.go) {
    case 'resource.Quantity':
      return ZERO_QUANTITY;
    case 'intstr.IntOrString':
      return { str: false, i: 0n, s: '' };
    case 'meta.Time':
      return { time: null };
    default:
      return { raw: undefined };
  }
}

function jsonKind(json: JsonValue): string {
  if (json === null) return 'null';
  if (Array.isArray(json)) return 'array';
  if (typeof json === 'object') return 'object';
  if (typeof json === 'boolean') return 'bool';
  return typeof json; // string | number
}

/** UnmarshalTypeError.Error() with the decoder's error context (addErrorContext). */
function typeError(state: State, what: string, type: string): string {
  if (state.struct === null && state.stack.length === 0)
    return `json: cannot unmarshal ${what} into Go value of type ${type}`;
  const where = `${state.struct ?? ''}.${state.stack.join('.')}`;
  return `json: cannot unmarshal ${what} into Go struct field ${where} of type ${type}`;
}

/** saveError: only the first error is kept; decoding goes on. */
function saveError(state: State, what: string, type: GoType): void {
  state.saved ??= typeError(state, what, describeGoType(type));
}

// ---------------------------------------------------------------- decoding

function decodeValue(
  state: State,
  type: GoType,
  cur: GoValue,
  json: JsonValue,
  path: string,
): GoValue {
  if (type.kind === 'pointer') {
    if (json === null) return null; // indirect stops at the pointer and sets it to nil
    return decodeValue(state, type.elem, cur ?? zeroOf(type.elem), json, path);
  }
  if (type.kind === 'named' && type.def.k === 'custom')
    return unmarshalCustom(state, type.def.go, cur, json);
  if (Array.isArray(json)) return decodeArray(state, type, cur, json, path);
  if (json !== null && typeof json === 'object') return decodeObject(state, type, cur, json, path);
  return storeLiteral(state, type, cur, json);
}

/** literalStore: null leaves non-nilable values alone; a wrong kind is a saved type error. */
function storeLiteral(state: State, type: GoType, cur: GoValue, json: JsonValue): GoValue {
  const u = findUnderlyingType(type);
  const kind = u.kind === 'basic' ? u.name : u.kind;
  if (json === null) return u.kind === 'slice' || u.kind === 'map' ? null : cur;
  if (typeof json === 'boolean') {
    if (kind === 'bool') return json;
    saveError(state, 'bool', type);
  } else if (typeof json === 'string') {
    if (kind === 'string') return json;
    saveError(state, 'string', type);
  } else if (typeof json === 'number') {
    const text = String(json);
    const bits = /^u?int(\d*)$/.exec(kind);
    if (bits) {
      const n = parseGoInt64(text);
      const width = BigInt(bits[1] ? Number(bits[1]) : 64);
      const signed = !kind.startsWith('u');
      const fits =
        n !== undefined &&
        (signed
          ? BigInt.asIntN(Number(width), n) === n
          : n >= 0n && BigInt.asUintN(Number(width), n) === n);
      if (fits) return n;
      saveError(state, `number ${text}`, type);
    } else if (kind === 'float64' || kind === 'float32') return json;
    else saveError(state, 'number', type);
  }
  return cur;
}

function decodeArray(
  state: State,
  type: GoType,
  cur: GoValue,
  json: JsonValue[],
  path: string,
): GoValue {
  const u = findUnderlyingType(type);
  if (u.kind !== 'slice') {
    saveError(state, 'array', type);
    return cur;
  }
  // Go decodes into the elements already there, then truncates; [] gives an empty, non-nil slice.
  const existing = (cur as GoValue[] | null) ?? [];
  return json.map((item, i) =>
    decodeValue(
      state,
      u.elem,
      i < existing.length ? existing[i]! : zeroOf(u.elem),
      item,
      `${path}[${i}]`,
    ),
  );
}

function decodeObject(
  state: State,
  type: GoType,
  cur: GoValue,
  json: JsonObject,
  path: string,
): GoValue {
  const u = findUnderlyingType(type);
  const entries = Object.entries(json);
  if (state.sorted) entries.sort(([a], [b]) => compareGoStrings(a, b));
  if (u.kind === 'map') {
    const map = new Map(cur as Map<string, GoValue> | null);
    for (const [key, item] of entries)
      map.set(key, decodeValue(state, u.elem, zeroOf(u.elem), item, joinPath(path, key)));
    return map;
  }
  if (u.kind !== 'named' || u.def.k !== 'struct') {
    saveError(state, 'object', type);
    return cur;
  }
  const struct = new Map(cur as Map<string, GoValue>);
  const { exact, folded } = indexFields(u);
  for (const [key, item] of entries) {
    const field = exact.get(key) ?? folded.get(foldName(key));
    if (!field) {
      state.dropped.push(joinPath(path, key));
      continue;
    }
    const fieldPath = joinPath(path, field.name);
    if (field.name !== key) state.renamed.push({ path: fieldPath, from: key, to: field.name });
    const [depth, outer] = [state.stack.length, state.struct];
    if (state.go124) state.stack.push(...field.via);
    state.stack.push(field.name);
    state.struct = getStructName(u);
    const prev = struct.get(field.name) ?? zeroOf(field.type);
    struct.set(field.name, decodeValue(state, field.type, prev, item, fieldPath));
    state.stack.length = depth;
    state.struct = outer;
  }
  return struct;
}

const fieldIndexes = new WeakMap<
  readonly GoField[],
  { exact: Map<string, GoField>; folded: Map<string, GoField> }
>();

/** byExactName and byFoldedName (the first field in declaration order wins a fold collision). */
function indexFields(type: GoType & { kind: 'named' }): {
  exact: Map<string, GoField>;
  folded: Map<string, GoField>;
} {
  const fields = type.lookup.fieldsOf(type);
  let index = fieldIndexes.get(fields);
  if (!index) {
    index = { exact: new Map(), folded: new Map() };
    for (const f of fields) {
      index.exact.set(f.name, f);
      const k = foldName(f.name);
      if (!index.folded.has(k)) index.folded.set(k, f);
    }
    fieldIndexes.set(fields, index);
  }
  return index;
}

/**
 * encoding/json foldName: ASCII upper-cased; other runes to the smallest rune of their SimpleFold
 * orbit. Field names are ASCII, so only K (U+212A → K) and ſ (U+017F → S) can still match one.
 */
export function foldName(key: string): string {
  let out = '';
  for (const ch of key) {
    if (ch === '\u212a') out += 'K';
    else if (ch === '\u017f') out += 'S';
    else out += ch >= 'a' && ch <= 'z' ? ch.toUpperCase() : ch;
  }
  return out;
}

function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Go's string order (UTF-8 bytes, i.e. code points), as sort and map marshalling use. */
function compareGoStrings(a: string, b: string): number {
  const ca = Array.from(a, (c) => c.codePointAt(0)!);
  const cb = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++)
    if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  return ca.length - cb.length;
}

/** The UnmarshalJSON methods of Quantity, IntOrString, metav1.Time and metav1.FieldsV1. */
function unmarshalCustom(state: State, go: string, cur: GoValue, json: JsonValue): GoValue {
  switch (go) {
    case 'resource.Quantity': {
      const r = unmarshalQuantityJson(json, cur as Quantity);
      if ('error' in r) throw new Abort(r.error); // returned as is, decoding stops
      return r.quantity;
    }
    case 'intstr.IntOrString': {
      const prev = cur as IntOrString;
      if (typeof json === 'string') return { ...prev, str: true, s: json };
      if (json === null) return { ...prev, str: false };
      // json.Unmarshal(value, &intstr.IntVal): its type error gets this decoder's context.
      const text = typeof json === 'number' ? String(json) : '';
      const n = typeof json === 'number' ? parseGoInt64(text) : undefined;
      if (n !== undefined && BigInt.asIntN(32, n) === n) return { ...prev, str: false, i: n };
      const what = typeof json === 'number' ? `number ${text}` : jsonKind(json);
      throw new Abort(typeError(state, what, 'int32'));
    }
    case 'meta.Time': {
      if (json === null) return { time: null };
      if (typeof json !== 'string') throw new Abort(typeError(state, jsonKind(json), 'string'));
      const parsed = parseGoTime(json);
      if ('error' in parsed) throw new Abort(parsed.error);
      return { time: parsed.time };
    }
    default: // meta.FieldsV1: the raw JSON, kept verbatim
      return json === null ? cur : { raw: json };
  }
}

// ---------------------------------------------------------------- marshalling

function marshalValue(state: State, type: GoType, v: GoValue): JsonValue {
  if (type.kind === 'pointer') return v === null ? null : marshalValue(state, type.elem, v);
  if (type.kind === 'named' && type.def.k === 'custom') return marshalCustom(type.def.go, v);
  const u = findUnderlyingType(type);
  if (u.kind === 'basic')
    return typeof v === 'bigint' ? Number(v) : (v as string | boolean | number);
  if (u.kind === 'slice')
    return v === null ? null : (v as GoValue[]).map((x) => marshalValue(state, u.elem, x));
  if (u.kind === 'map') {
    if (v === null) return null;
    const map = v as Map<string, GoValue>;
    const out: JsonObject = {};
    for (const key of [...map.keys()].sort(compareGoStrings))
      defineKey(out, key, marshalValue(state, u.elem, map.get(key)!));
    return out;
  }
  if (u.kind !== 'named') return null;
  const struct = v as Map<string, GoValue>;
  const out: JsonObject = {};
  for (const f of u.lookup.fieldsOf(u)) {
    const fv = struct.get(f.name) ?? zeroOf(f.type);
    if (f.omitEmpty && isEmptyValue(f.type, fv)) continue;
    if (f.omitZero && state.go124 && isZeroValue(f.type, fv)) continue;
    defineKey(out, f.name, marshalValue(state, f.type, fv));
  }
  return out;
}

function defineKey(out: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

function marshalCustom(go: string, v: GoValue): JsonValue {
  switch (go) {
    case 'resource.Quantity':
      return formatQuantity(v as Quantity);
    case 'intstr.IntOrString': {
      const x = v as IntOrString;
      return x.str ? x.s : Number(x.i);
    }
    case 'meta.Time':
      return (v as GoTimeValue).time; // MarshalJSON: null for the zero time
    default:
      return (v as FieldsV1).raw ?? null;
  }
}

/** encoding/json isEmptyValue: false, 0, "", nil, and empty slices and maps; structs never. */
function isEmptyValue(type: GoType, v: GoValue): boolean {
  if (type.kind === 'pointer') return v === null;
  if (type.kind === 'named' && type.def.k !== 'named') return false;
  const u = findUnderlyingType(type);
  if (u.kind === 'slice') return v === null || (v as GoValue[]).length === 0;
  if (u.kind === 'map') return v === null || (v as Map<string, GoValue>).size === 0;
  return v === '' || v === false || v === 0n || v === 0;
}

/** omitzero (Go 1.24): IsZero() where the type has one (Time, Quantity), else the zero value. */
function isZeroValue(type: GoType, v: GoValue): boolean {
  if (type.kind === 'named' && type.def.k === 'custom') {
    if (type.def.go === 'meta.Time') return (v as GoTimeValue).time === null;
    if (type.def.go === 'resource.Quantity') return (v as Quantity).mant === 0n;
    if (type.def.go === 'intstr.IntOrString')
      return !(v as IntOrString).str && (v as IntOrString).i === 0n && (v as IntOrString).s === '';
    return (v as FieldsV1).raw === undefined;
  }
  if (type.kind === 'named' && type.def.k === 'struct') {
    const struct = v as Map<string, GoValue>;
    return type.lookup
      .fieldsOf(type)
      .every((f) => isZeroValue(f.type, struct.get(f.name) ?? zeroOf(f.type)));
  }
  return v === null || v === '' || v === false || v === 0n || v === 0;
}
