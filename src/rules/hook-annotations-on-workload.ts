import { defineEntry, type TextEdit } from '../diagnostics/diagnostic.ts';
import type { JsonPath } from '../model/types.ts';
import type { SourceFile } from '../yaml/source.ts';
import { findPair, stringifyKey } from '../yaml/tree.ts';
import {
  isRestoreHookKey,
  readPodAnnotations,
  readWorkloadOwnAnnotations,
} from './utils/podHooks.ts';
import { defineRule, type RuleContext } from './utils/rule.ts';

/**
 * Restore-hook annotations on a workload's own metadata (or a CronJob's job template): Velero reads
 * hook annotations only from the restored Pod, whose annotations come from the pod template.
 */
export const hookAnnotationsOnWorkload = defineRule({
  entry: defineEntry({
    code: 'hook-annotations-on-workload',
    title: "Hook annotation on the workload's own metadata: Velero never sees it",
    severity: 'warning',
    why:
      'Velero runs restore hooks only for Pods (HandleRestoreHooks returns nothing for other kinds) and reads the ' +
      "hook annotations from the Pod's own metadata. A Deployment's (StatefulSet's, Job's …) pods get their " +
      "annotations from spec.template.metadata.annotations; annotations on the workload's own metadata stay on " +
      'the workload, so the hook is silently ignored.',
    source:
      'internal/hook/item_hook_handler.go HandleRestoreHooks, getInitContainerFromAnnotation, getPodExecRestoreHookFromAnnotations',
    fix: 'Move the annotation to spec.template.metadata.annotations (for a CronJob: spec.jobTemplate.spec.template.metadata.annotations).',
    message: (d: {
      workload: string;
      key: string;
      templatePath: string;
      alsoInTemplate: boolean;
    }) =>
      `${d.workload}: ${d.key} is on the workload's own metadata, not on its pods; Velero reads hook annotations only from the pod (${d.templatePath}.metadata.annotations)` +
      (d.alsoInTemplate
        ? ', where this key is also set, so this copy is ignored'
        : ', so this hook is ignored'),
  }),
  check(ctx, report) {
    for (const { target, key, at } of readWorkloadOwnAnnotations(ctx)) {
      if (!isRestoreHookKey(key)) continue;
      const alsoInTemplate = Object.prototype.hasOwnProperty.call(readPodAnnotations(target), key);
      const fix = alsoInTemplate
        ? undefined
        : moveFix(ctx, target.ref.file, target.ref.document, at.path, [
            ...target.podPath,
            'metadata',
            'annotations',
          ]);
      report(
        at,
        {
          workload: `${target.kind} ${target.namespace}/${target.ownerName}`,
          key,
          templatePath: target.podPath.slice(target.ref.path.length).join('.'),
          alsoInTemplate,
        },
        fix ? { fix } : undefined,
      );
    }
  },
});

/**
 * Moves a one-line `key: value` entry into the template's annotations, when both are simple block
 * mappings: the template map must already exist and not be a flow map.
 */
function moveFix(
  ctx: RuleContext,
  fileName: string,
  document: number,
  from: JsonPath,
  to: JsonPath,
): { title: string; file: string; edits: TextEdit[] } | undefined {
  const file = ctx.file(fileName);
  const tree = file?.documents[document]?.tree;
  const source = tree?.nodeAt(from.slice(0, -1));
  const target = tree?.nodeAt(to);
  if (!file || source?.kind !== 'map' || target?.kind !== 'map' || target.flow || source.flow)
    return undefined;
  const pair = findPair(source, String(from[from.length - 1]));
  const first = target.pairs[0];
  if (!pair || !first) return undefined;
  const line = wholeLine(file, pair.key.start, pair.value.end);
  const targetStart = file.text.lastIndexOf('\n', first.key.start - 1) + 1;
  const indent = file.text.slice(targetStart, first.key.start);
  if (!line || indent.trim() !== '') return undefined;
  const entry = file.text.slice(pair.key.start, pair.value.end);
  return {
    title: `Move ${stringifyKey(pair.key)} to the pod template's annotations`,
    file: fileName,
    edits: [
      { range: file.lines.range(targetStart, targetStart), text: `${indent}${entry}\n` },
      // Removing the last entry leaves `annotations:` empty (null), which is valid.
      { range: file.lines.range(line.start, line.end), text: '' },
    ],
  };
}

/** The whole line span [line start, next line start) when [start, end) is alone on one line. */
function wholeLine(
  file: SourceFile,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  if (text.slice(lineStart, start).trim() !== '' || text.slice(end, lineEnd).trim() !== '')
    return undefined;
  if (text.slice(start, end).includes('\n')) return undefined;
  return { start: lineStart, end: newline === -1 ? lineEnd : newline + 1 };
}
