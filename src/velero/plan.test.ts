import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { yaml } from '../testing/rules.ts';
import type { PodPlan } from './plan.ts';
import { explainHookMatch, type HookMatch } from './selectHooks.ts';

const pod = (namespace: string, phase = 'Pending') =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: db',
    `  namespace: ${namespace}`,
    '  labels: {app: db}',
    'spec:',
    '  containers: [{name: postgres, image: postgres:16}]',
    `status: {phase: ${phase}}`,
  );

/** A Restore `r1` with `prod` mapped to `staging` and one resource hook per entry of `hooks`. */
const restore = (...hooks: string[][]) =>
  yaml(
    'apiVersion: velero.io/v1',
    'kind: Restore',
    'metadata: {name: r1}',
    'spec:',
    '  backupName: b1',
    '  namespaceMapping: {prod: staging}',
    '  hooks:',
    '    resources:',
    ...hooks.flatMap((lines, i) => [
      `    - name: h${i}`,
      ...lines.map((l) => `      ${l}`),
      '      postHooks:',
      '      - exec: {command: [/bin/true]}',
    ]),
  );

function planOf(manifests: string, restoreText: string): PodPlan {
  const { plan } = analyze({
    manifests: [{ name: 'manifests.yaml', text: manifests }],
    restore: { name: 'restore.yaml', text: restoreText },
  });
  return plan.pods[0]!;
}

const summary = (matches: HookMatch[] | null) =>
  matches?.map((m) => [m.hook.hook.name, m.kind, explainHookMatch(m)]) ?? null;

describe('planRestore records hook selection per pod', () => {
  it('init matches the backed-up labels in the target namespace, exec the created pod', () => {
    const p = planOf(
      pod('prod'),
      restore(
        ['includedNamespaces: [staging]'],
        ['includedNamespaces: [prod]'],
        ['labelSelector: {matchLabels: {velero.io/restore-name: r1}}'],
      ),
    );
    expect(summary(p.hookMatches.init)).toEqual([
      ['h0', 'selected', []],
      ['h1', 'not-selected', ['namespace "staging" is not in includedNamespaces [prod]']],
      ['h2', 'not-selected', ['label velero.io/restore-name is missing, matchLabels wants "r1"']],
    ]);
    expect(summary(p.hookMatches.exec)).toEqual([
      ['h0', 'selected', []],
      ['h1', 'not-selected', ['namespace "staging" is not in includedNamespaces [prod]']],
      ['h2', 'selected', []],
    ]);
    // The steps read the recorded matches: h0 from the init step's match, h2 from exec grouping's.
    expect([...p.exec.groups.values()].flat().map((h) => h.hookName)).toEqual(['h0', 'h2']);
  });

  it('a pod Velero does not create has init matches and no exec matches', () => {
    const p = planOf(pod('prod', 'Succeeded'), restore(['includedNamespaces: [staging]']));
    expect(p.init.kind).toBe('skipped');
    expect(summary(p.hookMatches.init)).toEqual([['h0', 'selected', []]]);
    expect(p.hookMatches.exec).toBeNull();
  });

  it('records a namespace pattern panic, and the init step stops there', () => {
    const p = planOf(pod('prod'), restore(["includedNamespaces: ['staging{}']"], []));
    expect(p.hookMatches.init.map((m) => m.kind)).toEqual(['panic', 'selected']);
    expect(explainHookMatch(p.hookMatches.init[0]!)[0]).toMatch(
      /^Velero panics matching the namespace patterns: /,
    );
    expect(p.init).toMatchObject({ kind: 'error', panic: true });
  });
});
