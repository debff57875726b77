/**
 * Test helpers for the generators: fast-check arbitraries over designs Velero can express, the
 * values the engine should report for a design, and a POSIX shell-word parser to unquote commands.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { formatDuration, parseDuration } from '../go/duration.ts';
import { ANNOTATION_HOOK_NAME } from '../model/annotations.ts';
import type { Container, ExecHook, JsonObject } from '../model/types.ts';
import type { DesignedExecHook, DesignedInitHook } from '../generate/design.ts';

/** Command arguments: any Unicode, plus the texts that trip up JSON, YAML and shells. */
export const commandArg: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '[',
    '[]',
    '["a"]',
    ' [x',
    '\n',
    'a\nb\n',
    "'",
    "it's",
    '"',
    '\\',
    '$(rm -rf /)',
    '`id`',
    '\u2028',
    '\u0085',
    '\ufeff',
    '\u0000',
    '\u007f',
    'true',
    'yes',
    '0o17',
    '#',
    '- a',
    'a: b',
    '&a',
    '*a',
    '!tag',
    '{a: 1}',
    '😀 é',
    '  padded  ',
  ),
);

/** A DNS-1123 label that is not a reserved container name. */
export const dnsLabel: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$/)
  .filter((s) => s !== 'restore-wait' && s !== 'restic-wait');

/** Images: realistic references and arbitrary text without surrounding whitespace or control characters. */
export const image: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'busybox',
    'busybox:1.36',
    'ghcr.io/acme/tools:v2',
    `registry.example.com:5000/a/b@sha256:${'a'.repeat(64)}`,
  ),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 20 })
    .filter(
      (s) =>
        s === s.trim() && ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f),
    ),
);

/** Valid Go durations: Go's own spelling of any int64, and hand-written forms. */
export const duration: fc.Arbitrary<string> = fc.oneof(
  fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }).map(formatDuration),
  fc.constantFrom(
    '30s',
    '1.5h',
    '90m',
    '1h2m3.5s',
    '100ms',
    '1us',
    '1µs',
    '0',
    '0s',
    '-1s',
    '+5m',
    '.5s',
    '1.s',
    '2562047h',
  ),
);

/** An annotation init hook; `command` may be `[]` (the image entrypoint). */
export const initHook: fc.Arbitrary<DesignedInitHook> = fc.record(
  {
    kind: fc.constant('init' as const),
    name: dnsLabel,
    image,
    command: fc.array(commandArg, { maxLength: 5 }),
  },
  { requiredKeys: ['kind', 'image', 'command'] },
);

/** An exec hook with any subset of its optional fields. */
export const execHook: fc.Arbitrary<DesignedExecHook> = fc.record(
  {
    kind: fc.constant('exec' as const),
    container: dnsLabel,
    command: fc.array(commandArg, { minLength: 1, maxLength: 5 }),
    onError: fc.constantFrom('Continue' as const, 'Fail' as const),
    execTimeout: duration,
    waitTimeout: duration,
    waitForReady: fc.boolean(),
  },
  { requiredKeys: ['kind', 'command'] },
);

/** A full spec init container (`corev1.Container` JSON); `name` is set by the caller to keep names unique. */
export const specContainer: fc.Arbitrary<Container> = fc
  .record(
    {
      image,
      command: fc.array(commandArg, { minLength: 1, maxLength: 4 }),
      args: fc.array(commandArg, { maxLength: 3 }),
      workingDir: fc.constantFrom('/data', '/'),
      env: fc.array(fc.record({ name: fc.constantFrom('A', 'MODE', 'TZ'), value: commandArg }), {
        maxLength: 2,
      }),
      volumeMounts: fc.array(
        fc.record({
          name: dnsLabel,
          mountPath: fc.constantFrom('/data', '/cache'),
          readOnly: fc.boolean(),
        }),
        {
          maxLength: 2,
        },
      ),
      resources: fc.constant({ limits: { cpu: '100m', memory: '64Mi' }, requests: { cpu: '10m' } }),
      securityContext: fc.record({ runAsUser: fc.nat(65535), runAsNonRoot: fc.boolean() }),
      imagePullPolicy: fc.constantFrom('IfNotPresent', 'Always'),
    },
    { requiredKeys: ['image', 'command'] },
  )
  .map((c) => c as Container);

/** The exec hook the engine should group for a design (Velero's effective values). */
export function expectedExecHook(
  design: DesignedExecHook,
  firstContainer: string,
  origin: { hookName: string; hookSource: 'annotation' | 'spec'; hookIndex: number } = {
    hookName: ANNOTATION_HOOK_NAME,
    hookSource: 'annotation',
    hookIndex: 0,
  },
): ExecHook {
  return {
    ...origin,
    container: design.container || firstContainer,
    command: design.command,
    onError: design.onError ?? '',
    execTimeout: design.execTimeout ? (parseDuration(design.execTimeout) ?? 0n) : 0n,
    waitTimeout: design.waitTimeout ? (parseDuration(design.waitTimeout) ?? 0n) : 0n,
    waitForReady: design.waitForReady ?? false,
  };
}

/** A Pod manifest as YAML (js-yaml's own choice of styles). */
export function podYaml(
  meta: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  },
  containers: readonly string[],
): string {
  const metadata: JsonObject = { name: meta.name, namespace: meta.namespace };
  if (meta.labels) metadata['labels'] = meta.labels;
  if (meta.annotations) metadata['annotations'] = meta.annotations;
  return dump({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: { containers: containers.map((name) => ({ name, image: 'nginx' })) },
  });
}

/**
 * Splits a POSIX shell command line into words as `sh` would (no expansions): blanks separate
 * words; `'…'` is literal; inside `"…"` a backslash escapes only `$`, backquote, `"`, `\` and newline;
 * outside quotes a backslash escapes any character. Throws on an unterminated quote.
 */
export function parseShellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let i = 0;
  const append = (s: string) => (word = (word ?? '') + s);
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) throw new Error('unterminated single quote');
      append(line.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '$`"\\\n'.includes(line[j + 1]!)) {
          if (line[j + 1] !== '\n') text += line[j + 1];
          j++;
        } else text += line[j];
      }
      if (j >= line.length) throw new Error('unterminated double quote');
      append(text);
      i = j + 1;
    } else if (c === '\\') {
      if (line[i + 1] !== '\n') append(line[i + 1] ?? '');
      i += 2;
    } else {
      append(c);
      i++;
    }
  }
  if (word !== null) words.push(word);
  return words;
}
