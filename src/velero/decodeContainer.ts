import type { Container, JsonObject, JsonValue } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';

/** JSON shape of each `corev1.Container` field, enough to reproduce Go's `encoding/json` type errors. */
type FieldType = 'string' | 'bool' | 'strings' | 'object' | 'objects';

const CONTAINER_FIELDS: Record<string, FieldType> = {
  name: 'string',
  image: 'string',
  command: 'strings',
  args: 'strings',
  workingDir: 'string',
  ports: 'objects',
  envFrom: 'objects',
  env: 'objects',
  resources: 'object',
  resizePolicy: 'objects',
  restartPolicy: 'string',
  restartPolicyRules: 'objects',
  volumeMounts: 'objects',
  volumeDevices: 'objects',
  livenessProbe: 'object',
  readinessProbe: 'object',
  startupProbe: 'object',
  lifecycle: 'object',
  terminationMessagePath: 'string',
  terminationMessagePolicy: 'string',
  imagePullPolicy: 'string',
  securityContext: 'object',
  stdin: 'bool',
  stdinOnce: 'bool',
  tty: 'bool',
};

const GO_TYPE: Record<FieldType, string> = {
  string: 'string',
  bool: 'bool',
  strings: '[]string',
  object: 'struct',
  objects: 'slice',
};

export interface DecodedContainer {
  /** The container as Go would hold it, with canonical field names; undefined when decoding failed. */
  container: Container | undefined;
  /** Go's `json: cannot unmarshal …` error, if any. */
  error: string | undefined;
  /** Keys Velero drops silently because they are not `corev1.Container` fields. */
  unknownKeys: string[];
  /** Keys matched case-insensitively (`IMAGE` → `image`), as Go's decoder does. */
  renamedKeys: { from: string; to: string }[];
}

const LOWER_INDEX = new Map(Object.keys(CONTAINER_FIELDS).map((k) => [k.toLowerCase(), k]));

/**
 * Decodes one raw init container of a Restore hook the way `json.Unmarshal` into `corev1.Container`
 * does (`internal/hook/item_hook_handler.go` ValidateContainer and HandleRestoreHooks): keys match
 * case-insensitively, unknown keys are dropped, `null` leaves a field empty, wrong types fail.
 */
export function decodeContainer(raw: unknown, version: VeleroVersion): DecodedContainer {
  const out: DecodedContainer = {
    container: undefined,
    error: undefined,
    unknownKeys: [],
    renamedKeys: [],
  };
  if (raw === null) {
    out.container = {};
    return out;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    out.error = `json: cannot unmarshal ${jsonKind(raw)} into Go value of type v1.Container`;
    return out;
  }
  const container: Container = {};
  const dropped = version.behaviours.droppedContainerFields;
  const entries = Object.entries(raw as Record<string, unknown>);
  // Go prefers an exact key match over a case-insensitive one; later keys overwrite earlier ones.
  for (const [key, value] of entries) {
    const field = key in CONTAINER_FIELDS ? key : LOWER_INDEX.get(key.toLowerCase());
    if (!field || dropped.includes(field)) {
      out.unknownKeys.push(key);
      continue;
    }
    if (field !== key) out.renamedKeys.push({ from: key, to: field });
    if (value === null) continue;
    const type = CONTAINER_FIELDS[field]!;
    const problem = typeProblem(type, value);
    if (problem) {
      out.error = `json: cannot unmarshal ${problem} into Go struct field Container.${field} of type ${GO_TYPE[type]}`;
      return out;
    }
    (container as JsonObject)[field] = normalise(type, value as JsonValue);
  }
  out.container = container;
  return out;
}

function typeProblem(type: FieldType, value: unknown): string | null {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? null : jsonKind(value);
    case 'bool':
      return typeof value === 'boolean' ? null : jsonKind(value);
    case 'strings':
      if (!Array.isArray(value)) return jsonKind(value);
      for (const item of value)
        if (item !== null && typeof item !== 'string') return jsonKind(item);
      return null;
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? null : jsonKind(value);
    case 'objects':
      if (!Array.isArray(value)) return jsonKind(value);
      for (const item of value) {
        if (item !== null && (typeof item !== 'object' || Array.isArray(item)))
          return jsonKind(item);
      }
      return null;
  }
}

function normalise(type: FieldType, value: JsonValue): JsonValue {
  if (type === 'strings' && Array.isArray(value)) return value.map((v) => (v === null ? '' : v));
  return value;
}

/** How Go's JSON errors name a JSON value's kind. */
function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  return 'object';
}

/**
 * `ValidateContainer`'s check after decoding: a non-empty command, name and image.
 * Returns Velero's error text, or null.
 */
export function validateHookContainer(raw: unknown, version: VeleroVersion): string | null {
  const decoded = decodeContainer(raw, version);
  if (decoded.error) return decoded.error;
  const c = decoded.container ?? {};
  const hasCommand = Array.isArray(c.command) && c.command.length > 0;
  if (!hasCommand || !c.name || !c.image) {
    return "invalid InitContainer in restore hook, it doesn't have Command, Name or Image field";
  }
  return null;
}

/**
 * A container of the backed-up pod after Velero's typed round trip (`HandleRestoreHooks`:
 * FromUnstructured → corev1.Pod → ToUnstructured): fields the vendored k8s.io/api lacks are dropped.
 */
export function roundTripContainer(container: Container, version: VeleroVersion): Container {
  const dropped = version.behaviours.droppedContainerFields;
  if (!dropped.some((f) => f in container)) return container;
  const kept: Container = {};
  for (const [k, v] of Object.entries(container)) if (!dropped.includes(k)) kept[k] = v;
  return kept;
}
