import { defineEntry } from '../diagnostics/diagnostic.ts';
import { validateDns1123Label } from '../go/dns.ts';
import { InitAnnotation } from '../model/annotations.ts';
import { asArray, asObject } from '../model/json.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule, type At } from './utils/rule.ts';
import { replaceValueFix } from './utils/textEdits.ts';

/** The DNS-1123 label a name was surely meant to be (lower case, `_`/`.`/spaces → `-`), if valid. */
function sanitised(name: string): string | null {
  const out = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return out !== '' && validateDns1123Label(out).length === 0 ? out : null;
}

/** The container names of one pod-shaped spec (or Restore hook), with where each is. */
function containerNames(
  spec: unknown,
  lists: readonly string[],
): { name: string; list: string; index: number }[] {
  return lists.flatMap((list) =>
    asArray(asObject(spec)[list]).flatMap((c, index) => {
      const name = asObject(c)['name'];
      return typeof name === 'string' && name !== '' ? [{ name, list, index }] : [];
    }),
  );
}

/**
 * Container names that are not DNS-1123 labels (k8s.io/apimachinery validation.IsDNS1123Label, used by
 * the API server's pod validation): in the pod, in the init annotation, or in a Restore spec init hook.
 */
export const containerNameNotDnsLabel = defineRule({
  entry: defineEntry({
    code: 'container-name-not-dns-label',
    title: 'Container name is not a DNS-1123 label',
    severity: 'error',
    why:
      'Every container name in a pod must be a DNS-1123 label: at most 63 lower-case letters, digits and "-", ' +
      'starting and ending with a letter or digit. Velero copies the init.hook.restore.velero.io/container-name ' +
      'annotation and the names of Restore spec init containers into the restored pod without checking them, so a ' +
      'bad name there makes the API server reject the restored pod, not the manifest.',
    source:
      'k8s.io/apimachinery pkg/util/validation IsDNS1123Label (pod validation); internal/hook/item_hook_handler.go getInitContainerFromAnnotation, HandleRestoreHooks',
    fix: 'Use lower-case letters, digits and "-" only, e.g. restore-init instead of Restore_Init.',
    message: (d: {
      where: string;
      field: string;
      name: string;
      problem: string;
      injected: boolean;
    }) =>
      `${d.where}: container name ${JSON.stringify(d.name)} (${d.field}) is not a DNS-1123 label (${d.problem}): ` +
      (d.injected
        ? 'Velero injects it as is and the API server rejects the restored pod'
        : 'the API server rejects the pod'),
  }),
  check(ctx, report) {
    // The place is worked out only for a name that is not a label (nearly every name is one).
    const check = (
      place: () => At | null,
      data: { where: string; field: string; name: string; injected: boolean },
      fixable: boolean,
    ) => {
      const problem = validateDns1123Label(data.name)[0];
      if (problem === undefined) return;
      const at = place();
      if (!at) return;
      const fixed = fixable ? sanitised(data.name) : null;
      report(
        at,
        { ...data, problem },
        fixed ? { fix: replaceValueFix(`Rename to ${fixed}`, at, fixed) } : undefined,
      );
    };
    for (const target of ctx.manifests.pods) {
      const where = namePod(target);
      for (const c of containerNames(target.pod['spec'], ['initContainers', 'containers'])) {
        check(
          () => ctx.podAt(target, ['spec', c.list, c.index, 'name']),
          { where, field: `${c.list}[${c.index}].name`, name: c.name, injected: false },
          false,
        );
      }
      const annotated = readPodAnnotations(target)[InitAnnotation.containerName];
      if (typeof annotated === 'string' && annotated !== '') {
        check(
          () =>
            ctx.podAt(target, ['metadata', 'annotations', InitAnnotation.containerName], 'value'),
          { where, field: InitAnnotation.containerName, name: annotated, injected: true },
          true,
        );
      }
    }
    for (const r of ctx.restore.resources) {
      for (const post of r.postHooks) {
        const hook = { initContainers: post.initContainers ?? [] };
        for (const c of containerNames(hook, ['initContainers'])) {
          const where = `Restore hook ${JSON.stringify(r.name)}`;
          check(
            () => ctx.restoreAt([...post.path, 'init', c.list, c.index, 'name']),
            {
              where,
              field: `postHooks[${post.index}].init.${c.list}[${c.index}].name`,
              name: c.name,
              injected: true,
            },
            false,
          );
        }
      }
    }
  },
});
