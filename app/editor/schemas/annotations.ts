import type { JSONSchema } from 'monaco-yaml';
import { ANNOTATION_DOCS, BACKUP_VOLUMES_ANNOTATION, ExecAnnotation } from '../../../src/index.ts';
import { documented } from './common.ts';

/** Hover title of every hook annotation (the key itself is already on screen). */
function annotation(markdown: string, schema: JSONSchema = {}): JSONSchema {
  return documented(markdown, { title: 'Velero restore-hook annotation', ...schema });
}

/** Velero's restore-hook annotation keys, read from the POD's metadata.annotations; the text is the engine's. */
const hookAnnotations: Record<string, JSONSchema> = Object.fromEntries(
  Object.entries(ANNOTATION_DOCS).map(([key, markdown]) => [
    key,
    key === BACKUP_VOLUMES_ANNOTATION
      ? documented(markdown)
      : annotation(
          markdown,
          key === ExecAnnotation.onError ? { type: 'string', enum: ['Continue', 'Fail'] } : {},
        ),
  ]),
);

export const podAnnotations: JSONSchema = documented(
  "The pod's annotations. Velero reads restore-hook annotations (`init.hook.restore.velero.io/*`, " +
    '`post.hook.restore.velero.io/*`) here, on the pod. Values are strings.',
  { type: 'object', properties: hookAnnotations, additionalProperties: { type: 'string' } },
);

export const workloadAnnotations: JSONSchema = documented(
  "The workload's own annotations. Velero runs restore hooks on Pod items only: put hook annotations on " +
    '`spec.template.metadata.annotations`, which the pods inherit.',
  { type: 'object', additionalProperties: { type: 'string' } },
);
