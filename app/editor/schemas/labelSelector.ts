import type { JSONSchema } from 'monaco-yaml';
import { documented, stringList, stringMap } from './common.ts';

export const labelSelector: JSONSchema = documented(
  '`matchLabels` and every `matchExpressions` entry are ANDed. An empty selector `{}` matches everything.',
  {
    type: 'object',
    properties: {
      matchLabels: stringMap('Exact label values the pod must have.'),
      matchExpressions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['key', 'operator'],
          properties: {
            key: { type: 'string' },
            operator: {
              type: 'string',
              enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'],
              markdownEnumDescriptions: [
                'The label value is one of `values` (needs values).',
                'The label value is none of `values`; also matches pods **without** the key (needs values).',
                'The pod has the key (no values allowed).',
                'The pod does not have the key (no values allowed).',
              ],
            },
            values: stringList(
              'Needed by `In` and `NotIn`; must be empty for `Exists` and `DoesNotExist`.',
            ),
          },
        },
      },
    },
  },
);
