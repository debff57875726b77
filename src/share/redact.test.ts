import { describe, expect, it } from 'vitest';
import { parseYamlStream } from '../yaml/parse.ts';
import { REDACTED, redactSecrets, redactSecretsIn } from './redact.ts';

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('redactSecrets', () => {
  it('replaces data and stringData values and keeps every other byte', () => {
    const text = lines(
      '# the db secret',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: db   # keep me',
      'type: Opaque',
      'data:',
      '  password: aHVudGVyMg==',
      '  "user": YWRtaW4=',
      'stringData:',
      '  config.ini: |',
      '    [db]',
      '    password=hunter2',
      '  token: &t !!str abc',
      '  again: *t',
      '  empty:',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'data: {not: secret}',
    );
    const result = redactSecrets(text);
    expect(result.redacted).toBe(5);
    expect(result.text).toBe(
      lines(
        '# the db secret',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: db   # keep me',
        'type: Opaque',
        'data:',
        `  password: "${REDACTED}"`,
        `  "user": "${REDACTED}"`,
        'stringData:',
        `  config.ini: "${REDACTED}"`,
        `  token: "${REDACTED}"`,
        `  again: "${REDACTED}"`,
        '  empty:',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'data: {not: secret}',
      ),
    );
  });

  it('redacts Secrets in JSON, in flow style and inside a List', () => {
    const json = '{"apiVersion":"v1","kind":"Secret","data":{"a":"YQ==","b":"Yg=="}}';
    expect(redactSecrets(json)).toEqual({
      text: `{"apiVersion":"v1","kind":"Secret","data":{"a": "${REDACTED}","b": "${REDACTED}"}}`,
      redacted: 2,
    });
    const list = lines(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- {kind: ConfigMap, data: {a: b}}',
      '- kind: Secret',
      '  metadata:',
      '    annotations:',
      `      kubectl.kubernetes.io/last-applied-configuration: '{"data":{"a":"c2VjcmV0"}}'`,
      '  data: {a: c2VjcmV0}',
    );
    const result = redactSecrets(list);
    expect(result.redacted).toBe(2);
    expect(result.text).not.toContain('c2VjcmV0');
    expect(result.text).toContain('- {kind: ConfigMap, data: {a: b}}');
  });

  it('removes a Secret document that does not parse, and only that one', () => {
    const text = lines(
      'kind: Pod',
      '---',
      'kind: Secret',
      'data:',
      '  a: [unclosed hunter2',
      '---',
      'kind: ConfigMap',
    );
    const result = redactSecrets(text);
    expect(result.redacted).toBe(1);
    expect(result.text).not.toContain('hunter2');
    expect(result.text).toMatch(
      /^kind: Pod\n---\n# A Secret .* removed before sharing\.\n---\nkind: ConfigMap\n$/,
    );
  });

  it('leaves text without Secrets alone, and the result always parses', () => {
    const pod = lines('kind: Pod', 'metadata: {name: secret-reader}', 'spec: {}');
    expect(redactSecrets(pod)).toEqual({ text: pod, redacted: 0 });
    const done = redactSecrets(lines('kind: Secret', `data: {a: "${REDACTED}"}`));
    expect(done.redacted).toBe(0);
    const block = redactSecrets(
      lines('kind: Secret', 'data:', '  a: |', '    x', '  b: >-', '    y'),
    );
    expect(parseYamlStream(block.text).documents[0]?.value).toEqual({
      kind: 'Secret',
      data: { a: REDACTED, b: REDACTED },
    });
  });
});

describe('redactSecretsIn', () => {
  it('redacts every string of a design and counts the values', () => {
    const secret = lines('kind: Secret', 'data: {a: YQ==}');
    expect(
      redactSecretsIn({ manifestsText: secret, restoreText: '', n: 3, list: [secret] }),
    ).toEqual({
      value: {
        manifestsText: lines('kind: Secret', `data: {a: "${REDACTED}"}`),
        restoreText: '',
        n: 3,
        list: [lines('kind: Secret', `data: {a: "${REDACTED}"}`)],
      },
      redacted: 2,
    });
  });
});
