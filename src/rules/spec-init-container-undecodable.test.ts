import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithPostHooks } from '../testing/rules.ts';

const restore = (...containers: string[]) =>
  restoreWithPostHooks('      - init:', '          initContainers:', ...containers);

describe('spec-init-container-undecodable', () => {
  it.each([
    [
      'command as a string: points at the value',
      restore(
        '          - name: warm',
        '            image: busybox',
        '            command: "echo hi"',
      ),
      [
        {
          line: 14,
          column: 22,
          endLine: 14,
          endColumn: 31,
          data: {
            container: '"warm"',
            error:
              'json: cannot unmarshal string into Go struct field Container.command of type []string',
          },
        },
      ],
    ],
    [
      'two containers: a number for a string, then a container that is not an object',
      restore('          - {name: a, image: 7, command: [/x]}', '          - just-a-name'),
      [
        {
          line: 12,
          column: 30,
          endLine: 12,
          endColumn: 31,
          data: {
            container: '"a"',
            error:
              'json: cannot unmarshal number into Go struct field Container.image of type string',
          },
        },
        {
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 24,
          data: {
            container: 'initContainers[1]',
            error: 'json: cannot unmarshal string into Go value of type v1.Container',
          },
        },
      ],
    ],
    [
      'a wrongly typed key in another case is found under its own spelling',
      restore(
        '          - name: warm',
        '            image: busybox',
        '            Command: /bin/prep',
      ),
      [
        {
          line: 14,
          column: 22,
          endLine: 14,
          endColumn: 31,
          data: {
            error:
              'json: cannot unmarshal string into Go struct field Container.command of type []string',
          },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-init-container-undecodable', pod, text)).toMatchObject(expected);
  });

  it('is silent for well-typed containers, even incomplete ones', () => {
    const text = restore(
      '          - {name: a, image: busybox, command: [/x], args: [y], env: [{name: A, value: b}]}',
      '          - {name: b}',
    );
    expect(findDiagnostics('spec-init-container-undecodable', pod, text)).toEqual([]);
  });
});
