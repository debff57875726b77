import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithPostHooks } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const restore = (...containerLines: string[]) =>
  restoreWithPostHooks(
    '      - init:',
    '          initContainers:',
    '          - name: warm',
    '            image: busybox',
    '            command: [/bin/prep]',
    ...containerLines,
  );

describe('spec-init-container-unknown-field', () => {
  it.each([
    [
      'a typo of volumeMounts: points at the key, suggests the field',
      restore('            volumeMount:', '            - {name: data, mountPath: /data}'),
      [
        {
          line: 15,
          column: 13,
          endLine: 15,
          endColumn: 24,
          data: {
            key: 'volumeMount',
            suggestion: 'volumeMounts',
            container: '"warm"',
            hook: 'hook "prep"',
          },
        },
      ],
    ],
    [
      'two unknown keys, one with no close field',
      restore('            timeoutSeconds: 30', '            imagePullPolcy: Always'),
      [
        {
          line: 15,
          column: 13,
          endLine: 15,
          endColumn: 27,
          data: { key: 'timeoutSeconds', suggestion: '' },
        },
        {
          line: 16,
          column: 13,
          endLine: 16,
          endColumn: 27,
          data: { key: 'imagePullPolcy', suggestion: 'imagePullPolicy' },
        },
      ],
    ],
    [
      'no suggestion when the container already has the field',
      restore('            args: [a]', '            arg: [b]'),
      [{ line: 16, column: 13, endLine: 16, endColumn: 16, data: { key: 'arg', suggestion: '' } }],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-init-container-unknown-field', pod, text)).toMatchObject(expected);
  });

  it('is silent for Container fields, in any case', () => {
    expect(
      findDiagnostics(
        'spec-init-container-unknown-field',
        pod,
        restore('            Env: []', '            workingDir: /w'),
      ),
    ).toEqual([]);
  });

  it('renames the key', () => {
    const [fixed] = fixedTexts(
      'spec-init-container-unknown-field',
      pod,
      restore('            volumeMount: []'),
    );
    expect(fixed).toContain('\n            volumeMounts: []\n');
  });

  it('reports nested unknown keys with their path, in any case of the fields on the way', () => {
    const text = restore(
      '            VolumeMounts:',
      '            - {name: data, mountPath: /data, bogus: 1}',
      '            securityContext: {unknownKnob: true}',
    );
    expect(findDiagnostics('spec-init-container-unknown-field', pod, text)).toMatchObject([
      { line: 16, column: 46, endLine: 16, endColumn: 51, data: { key: 'volumeMounts[0].bogus' } },
      {
        line: 17,
        column: 31,
        endLine: 17,
        endColumn: 42,
        data: { key: 'securityContext.unknownKnob' },
      },
    ]);
  });
});
