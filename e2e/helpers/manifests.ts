/** Generated manifests for the performance journeys. */

/**
 * A Pod of exactly `lines` lines whose last line is the value of its on-error annotation, without a
 * trailing newline, so Ctrl+End puts the cursor where typing changes the diagnostics.
 */
export function podOfLines(lines: number, onError = 'Fai'): string {
  const head = [
    'apiVersion: v1',
    'kind: Pod',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: app:1.0',
    '    env:',
  ];
  const tail = [
    'metadata:',
    '  name: perf-0',
    '  namespace: perf',
    '  annotations:',
    `    post.hook.restore.velero.io/command: '["/bin/sh", "-c", "true"]'`,
    `    post.hook.restore.velero.io/on-error: ${onError}`,
  ];
  const env: string[] = [];
  for (let i = 0; head.length + env.length + tail.length < lines; i++) {
    env.push(`    - name: SETTING_${i}`, `      value: "value-${i}"`);
  }
  return [...head, ...env.slice(0, lines - head.length - tail.length), ...tail].join('\n');
}

/** `count` realistic database pods with hook annotations: the bench's manifest (2,000 ≈ 4 MB). */
export { benchManifest as manyPods } from '../../bench/manifest.ts';
