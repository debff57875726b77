import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../yaml/source.ts';
import { resolveVeleroVersion } from '../versions/versionModel.ts';
import { decodeConfigSecurityContext, findPluginConfig } from './pluginConfig.ts';
import { findManifests } from './pods.ts';

const configMap = (name: string, data: string, labels = PLUGIN_LABELS) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: velero
  labels: ${labels}
data: ${data}
`;
const PLUGIN_LABELS =
  "{velero.io/plugin-config: '', velero.io/pod-volume-restore: RestoreItemAction}";
const objects = (...docs: string[]) =>
  findManifests([readSourceFile('m.yaml', docs.join('---\n'))]).objects;
const main = resolveVeleroVersion('main').version!;

describe('findPluginConfig', () => {
  it('finds the ConfigMap with both labels, and reads its string data', () => {
    const found = findPluginConfig(
      objects(configMap('c', "{image: r.io/v/velero, n: 1, secCtxRunAsUser: '7'}")),
    );
    expect(found).toEqual({ data: { image: 'r.io/v/velero', secCtxRunAsUser: '7' }, error: null });
  });

  it.each([
    ['no plugin-config label', '{velero.io/pod-volume-restore: RestoreItemAction}'],
    ['another plugin', "{velero.io/plugin-config: '', velero.io/restic: RestoreItemAction}"],
    [
      'another kind',
      "{velero.io/plugin-config: '', velero.io/pod-volume-restore: BackupItemAction}",
    ],
  ])('ignores a ConfigMap with %s', (_name, labels) => {
    expect(findPluginConfig(objects(configMap('c', '{image: r.io/x}', labels)))).toEqual({
      data: null,
      error: null,
    });
  });

  it("fails as GetPluginConfig does when two match: the action's error", () => {
    expect(findPluginConfig(objects(configMap('a', '{}'), configMap('b', '{}'))).error).toBe(
      'found more than one ConfigMap matching label selector "velero.io/plugin-config,velero.io/pod-volume-restore=RestoreItemAction": [a b]',
    );
  });
});

describe('decodeConfigSecurityContext (kube.ParseSecurityContext)', () => {
  it.each([
    [{}, null],
    [{ secCtxRunAsUser: '1001' }, { context: { runAsUser: 1001 }, error: null }],
    [
      { secCtxRunAsUser: '1001', secCtxRunAsGroup: '+5', secCtxAllowPrivilegeEscalation: 'F' },
      { context: { runAsUser: 1001, runAsGroup: 5, allowPrivilegeEscalation: false }, error: null },
    ],
    [
      { secCtxRunAsUser: '1', secCtx: 'runAsUser: 2\ncapabilities: {drop: [ALL]}' },
      { context: { runAsUser: 2, capabilities: { drop: ['ALL'] } }, error: null },
    ],
    // On an error Go hands back what it parsed before it, with the error.
    [
      { secCtxRunAsUser: 'root' },
      { context: {}, error: 'Security context runAsUser "root" is not a number' },
    ],
    [
      { secCtxRunAsUser: '1', secCtxRunAsGroup: '9223372036854775808' },
      {
        context: { runAsUser: 1 },
        error: 'Security context runAsGroup "9223372036854775808" is not a number',
      },
    ],
    [
      { secCtxAllowPrivilegeEscalation: 'no' },
      { context: {}, error: 'Security context allowPrivilegeEscalation "no" is not a boolean' },
    ],
    [
      { secCtx: 'runAsUsr: 5' },
      { context: {}, error: 'Security context secCtx error: "json: unknown field \\"runAsUsr\\""' },
    ],
  ])('%j → %j', (data, expected) => {
    expect(decodeConfigSecurityContext(data, main)).toEqual(expected);
  });
});
