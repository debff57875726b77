import { defineEntry } from '../diagnostics/diagnostic.ts';
import { InitAnnotation } from '../model/annotations.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/**
 * Init-hook annotations (container-name, command) without a non-empty container-image: Velero's
 * getInitContainerFromAnnotation returns nil, so they are ignored and the Restore's spec init hooks apply.
 */
export const initAnnotationsWithoutImage = defineRule({
  entry: defineEntry({
    code: 'init-annotations-without-image',
    title: 'Init hook annotations without container-image are ignored',
    severity: 'warning',
    why:
      'The annotation init hook exists only when init.hook.restore.velero.io/container-image is set and not empty. ' +
      'Without it, container-name and command are ignored and no init container is added from the annotations; ' +
      "the Restore spec's init hooks (if any match the pod) apply instead. The docs call container-image optional.",
    source: 'internal/hook/item_hook_handler.go getInitContainerFromAnnotation, HandleRestoreHooks',
    fix: 'Add init.hook.restore.velero.io/container-image with the image to run the command in.',
    message: (d: { pod: string; keys: string; imageEmpty: boolean; specContainers: number }) =>
      `${d.pod}: ${d.keys} ${d.keys.includes(' and ') ? 'are' : 'is'} set but ${InitAnnotation.containerImage} is ${d.imageEmpty ? 'empty' : 'missing'}: ` +
      'Velero ignores the annotation init hook' +
      (d.specContainers > 0
        ? ` and injects the Restore spec's ${d.specContainers} init container(s) instead`
        : ''),
  }),
  check(ctx, report) {
    for (const p of ctx.plan.pods) {
      const annotations = readPodAnnotations(p.target);
      const image = annotations[InitAnnotation.containerImage];
      // Non-strings are reported by metadata-value-not-string; the plan reads them as their text.
      if (
        typeof image === 'number' ||
        typeof image === 'boolean' ||
        (typeof image === 'string' && image !== '')
      )
        continue;
      const present = [InitAnnotation.containerName, InitAnnotation.command].filter(
        (k) => k in annotations,
      );
      const first = present[0];
      if (first === undefined) continue;
      const imageEmpty = image !== undefined;
      const at = imageEmpty
        ? ctx.podAt(p.target, ['metadata', 'annotations', InitAnnotation.containerImage], 'value')
        : ctx.podAt(p.target, ['metadata', 'annotations', first], 'key');
      const specContainers =
        p.init.kind === 'ok' && p.init.source === 'spec' ? p.init.injected.length : 0;
      report(at, {
        pod: namePod(p.target),
        keys: present.join(' and '),
        imageEmpty,
        specContainers,
      });
    }
  },
});
