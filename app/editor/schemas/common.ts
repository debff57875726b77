import type { JSONSchema } from 'monaco-yaml';

/** A schema node documented in Markdown (hover and completion both show it). */
export function documented(markdown: string, schema: JSONSchema = {}): JSONSchema {
  return { ...schema, markdownDescription: markdown };
}

export function ref(definition: string, markdown?: string): JSONSchema {
  const node: JSONSchema = { $ref: `#/definitions/${definition}` };
  return markdown === undefined ? node : documented(markdown, node);
}

export function stringList(markdown: string): JSONSchema {
  return documented(markdown, { type: 'array', items: { type: 'string' } });
}

export function stringMap(markdown: string): JSONSchema {
  return documented(markdown, { type: 'object', additionalProperties: { type: 'string' } });
}

/** Go `time.ParseDuration` syntax: `30s`, `1m30s`, `1.5h`, `-1s`, `0`. */
export const GO_DURATION_PATTERN =
  '^[-+]?(0|((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$';

export function goDuration(markdown: string): JSONSchema {
  return documented(markdown, {
    type: 'string',
    pattern: GO_DURATION_PATTERN,
    patternErrorMessage:
      'Not a Go duration (time.ParseDuration): use units ns, us, ms, s, m, h, e.g. 30s, 5m, 1h30m. Days (1d) are not accepted.',
  });
}
