import { describe, expect, it } from 'vitest';
import type { PodView } from '../../../src/index.ts';
import {
  filterTargets,
  formatTargetCount,
  groupTargets,
  formatTargetLines,
  type TargetGroup,
} from './targets.ts';

function pod(kind: string, namespace: string, owner: string, name = owner): PodView {
  return { key: `${namespace}/${name}`, kind, namespace, owner } as PodView;
}

const pods = [
  pod('Pod', 'team-10', 'db-10'),
  pod('Deployment', 'team-2', 'web', 'web-5d8f7c'),
  pod('Pod', 'team-2', 'db-2'),
  pod('StatefulSet', 'databases', 'postgres', 'postgres-0'),
  pod('Pod', 'team-2', 'cache'),
  pod('Pod', 'databases', 'redis-0'),
];

/** Groups as `label: key, key`. */
const shape = (groups: readonly TargetGroup[]) =>
  groups.map((g) => `${g.label}: ${g.targets.map((t) => t.key).join(', ')}`);

describe('target picker', () => {
  const groups = groupTargets(formatTargetLines(pods));

  it('groups by namespace (numbers in order), then kind, keeping the manifest order inside', () => {
    expect(shape(groups)).toEqual([
      'databases · Pod: databases/redis-0',
      'databases · StatefulSet: databases/postgres-0',
      'team-2 · Deployment: team-2/web-5d8f7c',
      'team-2 · Pod: team-2/db-2, team-2/cache',
      'team-10 · Pod: team-10/db-10',
    ]);
    expect(groups[1]?.targets[0]?.label).toBe('StatefulSet databases/postgres');
    expect(groupTargets(formatTargetLines([]))).toEqual([]);
  });

  it.each<[string, string, string, string[], string]>([
    ['no query: every target', '', '', shape(groups), '6 targets'],
    ['only spaces: every target', '   ', '', shape(groups), '6 targets'],
    ['a name', 'redis', '', ['databases · Pod: databases/redis-0'], '1 of 6'],
    [
      'a namespace, any case',
      'TEAM-2',
      '',
      ['team-2 · Deployment: team-2/web-5d8f7c', 'team-2 · Pod: team-2/db-2, team-2/cache'],
      '3 of 6',
    ],
    ['a kind', 'statefulset', '', ['databases · StatefulSet: databases/postgres-0'], '1 of 6'],
    [
      "a pod's own name of a workload",
      '5d8f7c',
      '',
      ['team-2 · Deployment: team-2/web-5d8f7c'],
      '1 of 6',
    ],
    [
      'every word must match, in any order',
      'db team-2',
      '',
      ['team-2 · Pod: team-2/db-2'],
      '1 of 6',
    ],
    [
      'the selected target stays, and is not counted as a match',
      'redis',
      'team-10/db-10',
      ['databases · Pod: databases/redis-0', 'team-10 · Pod: team-10/db-10'],
      '1 of 6',
    ],
    [
      'nothing matches: only the selected one',
      'nginx',
      'team-2/cache',
      ['team-2 · Pod: team-2/cache'],
      '0 of 6',
    ],
    ['nothing matches, nothing selected', 'nginx', '', [], '0 of 6'],
  ])('%s', (_, query, selected, listed, count) => {
    const filtered = filterTargets(groups, query, selected);
    expect(shape(filtered.groups)).toEqual(listed);
    expect(formatTargetCount(filtered)).toBe(count);
  });

  it('hands back the same groups without a query (the options need not render again)', () => {
    expect(filterTargets(groups, '', 'team-2/cache').groups).toBe(groups);
  });

  it('counts in thousands, and one target alone', () => {
    const many = Array.from({ length: 3601 }, (_, i) => pod('Pod', `team-${i % 20}`, `db-${i}`));
    const all = groupTargets(formatTargetLines(many));
    expect(all).toHaveLength(20);
    expect(formatTargetCount(filterTargets(all, '', ''))).toBe('3,601 targets');
    expect(formatTargetCount(filterTargets(all, 'team-1', ''))).toBe('1,980 of 3,601'); // team-1, team-10 to team-19
    expect(formatTargetCount(filterTargets(all, 'team-0/', ''))).toBe('181 of 3,601');
    expect(formatTargetCount(filterTargets(all, 'db-360', ''))).toBe('2 of 3,601');
    expect(
      formatTargetCount(filterTargets(groupTargets(formatTargetLines([pods[0]!])), '', '')),
    ).toBe('1 target');
  });
});
