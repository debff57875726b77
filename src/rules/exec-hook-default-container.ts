import { defineEntry } from '../diagnostics/diagnostic.ts';
import { ExecAnnotation } from '../model/annotations.ts';
import {
  collectByPlace,
  findMatchingSpecExecHooks,
  readPodAnnotations,
  namePod,
} from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/** Names of containers that service meshes, secret agents and log shippers inject or add beside the app. */
const SIDECAR_NAME =
  /^(?:istio-proxy|linkerd-proxy|envoy|.*-envoy|envoy-.*|vault-agent.*|cloud-?sql-proxy|oauth2-proxy|daprd|consul-dataplane|kuma-sidecar|jaeger-agent|otel-collector|fluent-?bit|fluentd|filebeat|datadog-agent|.*-proxy|.*sidecar.*|.*-exporter)$/;

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = {
  hook: string;
  pod: string;
  container: string;
  containers: number;
  sidecar: boolean;
};

/**
 * An exec hook without a container on a pod with several containers: Velero picks spec.containers[0]
 * (GroupRestoreExecHooks, internal/hook/item_hook_handler.go), which may be an injected sidecar.
 */
export const execHookDefaultContainer = defineRule({
  entry: defineEntry({
    code: 'exec-hook-default-container',
    title: 'Exec hook without a container runs in the first container',
    severity: 'info',
    why:
      'When an exec hook (annotation or Restore spec) names no container, Velero runs it in spec.containers[0]. In a ' +
      'pod with several containers that is whichever is listed first, and injected sidecars (istio-proxy, ' +
      'linkerd-proxy, vault-agent, cloud-sql-proxy …) are often first, where the command does not exist or acts on ' +
      'the wrong process.',
    source: 'internal/hook/item_hook_handler.go GroupRestoreExecHooks',
    fix: 'Name the container: post.hook.restore.velero.io/container, or exec.container in the Restore spec.',
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      return (
        `${d.hook} of ${pods} names no container, so Velero runs it in spec.containers[0], ${d.container}, the first of ${d.containers}` +
        (d.sidecar ? ': that looks like an injected proxy or sidecar, not the application' : '')
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      const first = p.containers[0];
      if (p.containers.length < 2 || first === undefined) continue;
      const base = {
        pod: namePod(p.target),
        container: first,
        containers: p.containers.length,
        sidecar: SIDECAR_NAME.test(first),
      };
      if (p.exec.source === 'annotation') {
        const written = readPodAnnotations(p.target)[ExecAnnotation.container];
        if (written === undefined || written === '' || written === null) {
          const key = written === undefined ? ExecAnnotation.command : ExecAnnotation.container;
          findings.add(
            ctx.podAt(
              p.target,
              ['metadata', 'annotations', key],
              written === undefined ? 'key' : 'value',
            ),
            { ...base, hook: 'The exec hook annotation' },
            first,
          );
        }
      }
      if (p.exec.source !== 'spec') continue;
      for (const { resource, post } of findMatchingSpecExecHooks(p)) {
        if (post.exec?.container !== '') continue;
        findings.add(
          ctx.restoreAt([...post.path, 'exec'], 'key'),
          {
            ...base,
            hook: `Restore hook ${JSON.stringify(resource.name)} (postHooks[${post.index}])`,
          },
          first,
        );
      }
    }
    for (const { at, data } of findings.list())
      report(at, data, data.sidecar ? { severity: 'warning' } : undefined);
  },
});
