import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { emitYaml, formatPathKey } from './emit.ts';
import { parseYamlStream } from './parse.ts';

describe('emitYaml', () => {
  it('writes sequences at their key’s column when the style asks (a kubectl-style file)', () => {
    const value = { a: [{ b: [1, [2, 3]], c: { d: ['x'] } }], e: [] };
    const compact = 'a:\n- b:\n  - 1\n  -\n    - 2\n    - 3\n  c:\n    d:\n    - x\ne: []\n';
    expect(emitYaml(value, [], { sequenceIndent: false }).text).toBe(compact);
    expect(emitYaml(value, [], { sequenceIndent: true }).text).toBe(emitYaml(value).text);
    expect(load(compact)).toEqual(value);
  });

  it('writes block YAML the way kubectl users read it', () => {
    const pod = {
      apiVersion: 'v1',
      metadata: {
        name: 'db',
        labels: { 'app.kubernetes.io/name': 'postgres' },
        annotations: { x: 'true', y: 'yes', z: '5m' },
      },
      spec: {
        containers: [{ name: 'pg', command: ['/bin/sh', '-c', 'rm -f /data/a: b #c'], ports: [] }],
        volumes: [{}],
      },
    };
    expect(emitYaml(pod).text).toBe(
      [
        'apiVersion: v1',
        'metadata:',
        '  name: db',
        '  labels:',
        '    app.kubernetes.io/name: postgres',
        '  annotations:',
        '    x: "true"',
        '    "y": "yes"',
        '    z: 5m',
        'spec:',
        '  containers:',
        '    - name: pg',
        '      command:',
        '        - /bin/sh',
        '        - "-c"',
        '        - "rm -f /data/a: b #c"',
        '      ports: []',
        '  volumes:',
        '    - {}',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [['metadata', 'annotations'], { startLine: 6, endLine: 9 }],
    [['metadata', 'name'], { startLine: 3, endLine: 3 }],
    [['spec', 'containers', 0], { startLine: 12, endLine: 17 }],
    [['spec', 'containers', 0, 'command'], { startLine: 13, endLine: 16 }],
  ])('records the lines of %j', (path, span) => {
    const pod = {
      apiVersion: 'v1',
      metadata: { name: 'db', labels: { a: 'b' }, annotations: { x: 'true', y: 'yes', z: '5m' } },
      spec: { containers: [{ name: 'pg', command: ['/bin/sh', '-c', 'x'], ports: [] }] },
    };
    expect(emitYaml(pod, [path]).spans.get(formatPathKey(path))).toEqual(span);
  });

  it('reads back as the same value, with our parser and with js-yaml', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.constantFrom(
          'true',
          'yes',
          'null',
          '~',
          '0x1f',
          '1e3',
          '-',
          '- a',
          ': x',
          '#',
          "'",
          '"',
          '2024-01-01',
          '.5',
          ' a',
          'a ',
          '[x]',
          '{}',
          '*a',
          '&a',
          '!t',
          '%',
          '@',
          '`',
        ),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (v) => {
        const { text } = emitYaml(v);
        expect(load(text)).toEqual(v);
        expect(parseYamlStream(text).documents[0]?.value ?? null).toEqual(v);
      }),
      { numRuns: 1000 },
    );
  });
});
