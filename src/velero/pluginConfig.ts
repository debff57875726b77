/**
 * The pod volume restore action's plugin ConfigMap (`common.GetPluginConfig`,
 * `pkg/plugin/framework/common/plugin_config.go`): a ConfigMap in Velero's namespace labelled
 * `velero.io/plugin-config` and `velero.io/pod-volume-restore: RestoreItemAction` sets the
 * restore-wait container's image, command and securityContext. Put it among the manifests to see
 * what it does; the engine cannot know Velero's namespace, so any namespace counts.
 */
import { load } from 'js-yaml';
import { decodeGoJson } from '../go/jsonDecode.ts';
import { parseBool } from '../go/parseBool.ts';
import type { JsonObject } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { ManifestObject } from './pods.ts';
import { asObject, asString } from '../model/json.ts';

const SELECTOR = 'velero.io/plugin-config,velero.io/pod-volume-restore=RestoreItemAction';

export interface PluginConfig {
  /** The ConfigMap's `data`, or null when there is none. */
  data: Readonly<Record<string, string>> | null;
  /** `GetPluginConfig`'s error when more than one ConfigMap matches: the action then fails. */
  error: string | null;
}

/** The plugin ConfigMap among the objects, as `GetPluginConfig` finds it. */
export function findPluginConfig(objects: readonly ManifestObject[]): PluginConfig {
  const matching = objects.filter((o) => {
    if (o.kind !== 'ConfigMap' || o.apiVersion !== 'v1') return false;
    const labels = asObject(asObject(o.value['metadata'])['labels']);
    return (
      'velero.io/plugin-config' in labels &&
      labels['velero.io/pod-volume-restore'] === 'RestoreItemAction'
    );
  });
  if (matching.length === 0) return { data: null, error: null };
  if (matching.length > 1) {
    const names = matching.map((o) => asString(asObject(o.value['metadata'])['name']));
    return {
      data: null,
      error: `found more than one ConfigMap matching label selector "${SELECTOR}": [${names.join(' ')}]`,
    };
  }
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(matching[0]!.value['data'])))
    if (typeof v === 'string') data[k] = v;
  return { data, error: null };
}

/**
 * `kube.ParseSecurityContext` (`pkg/util/kube/security_context.go`) on the ConfigMap's
 * `secCtxRunAsUser`, `secCtxRunAsGroup`, `secCtxAllowPrivilegeEscalation` and `secCtx` (YAML,
 * decoded strictly over the others). Null when none is set. On an error Go returns what it had
 * parsed so far with the error, and the action logs "Using default securityContext values".
 */
export function decodeConfigSecurityContext(
  data: Readonly<Record<string, string>> | null,
  version: VeleroVersion,
): { context: JsonObject; error: string | null } | null {
  const user = data?.['secCtxRunAsUser'] ?? '';
  const group = data?.['secCtxRunAsGroup'] ?? '';
  const escalation = data?.['secCtxAllowPrivilegeEscalation'] ?? '';
  const yaml = data?.['secCtx'] ?? '';
  if (user === '' && group === '' && escalation === '' && yaml === '') return null;
  const context: JsonObject = {};
  const failed = (error: string) => ({ context: { ...context }, error });
  for (const [value, field] of [
    [user, 'runAsUser'],
    [group, 'runAsGroup'],
  ] as const) {
    if (value === '') continue;
    const n = parseInt64(value);
    if (n === null) return failed(`Security context ${field} "${value}" is not a number`);
    context[field] = n;
  }
  if (escalation !== '') {
    const b = parseBool(escalation);
    if (b === null)
      return failed(`Security context allowPrivilegeEscalation "${escalation}" is not a boolean`);
    context['allowPrivilegeEscalation'] = b;
  }
  if (yaml !== '') {
    let parsed: unknown;
    try {
      parsed = load(yaml);
    } catch (err) {
      return failed(`Security context secCtx error: "${String((err as Error).message)}"`);
    }
    const decoded = decodeGoJson(parsed, 'core.SecurityContext', version.behaviours.podTypes);
    const unknown = decoded.droppedKeys[0];
    if (decoded.error) return failed(`Security context secCtx error: "${decoded.error}"`);
    if (unknown !== undefined)
      return failed(`Security context secCtx error: "json: unknown field \\"${unknown}\\""`);
    Object.assign(context, decoded.value as JsonObject);
  }
  return { context, error: null };
}

/** Go's `strconv.ParseInt(s, 10, 64)`; null where it fails. */
function parseInt64(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = BigInt(s);
  if (n > 9223372036854775807n || n < -9223372036854775808n) return null;
  return Number(n);
}
