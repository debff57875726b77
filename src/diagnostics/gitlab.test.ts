import { describe, expect, it } from 'vitest';
import { sampleDiagnostic } from '../testing/diagnostics.ts';
import type { Diagnostic } from './diagnostic.ts';
import { toGitlabCodeQuality } from './gitlab.ts';

const diagnostic = (over: Partial<Diagnostic>): Diagnostic =>
  sampleDiagnostic({
    path: ['metadata', 'annotations', 'post.hook.restore.velero.io/command'],
    ...over,
  });

/**
 * GitLab's Code Quality report rules (docs: "Code Quality report format"): a JSON array of
 * objects, each with a string `description`, `check_name` and `fingerprint` (unique in the
 * report), a `severity` of info, minor, major, critical or blocker, a relative `location.path` and
 * an integer `location.lines.begin` ≥ 1.
 */
function checkCodeQuality(report: unknown): void {
  const json: unknown = JSON.parse(JSON.stringify(report));
  expect(Array.isArray(json)).toBe(true);
  const fingerprints = new Set<string>();
  for (const issue of json as Record<string, unknown>[]) {
    expect(typeof issue['description']).toBe('string');
    expect(issue['description']).not.toBe('');
    expect(typeof issue['check_name']).toBe('string');
    expect(typeof issue['fingerprint']).toBe('string');
    expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue['severity']);
    const location = issue['location'] as { path: unknown; lines: { begin: unknown } };
    expect(typeof location.path).toBe('string');
    expect(location.path).not.toMatch(/^(\.\/|\/)/);
    expect(Number.isInteger(location.lines.begin)).toBe(true);
    expect(location.lines.begin).toBeGreaterThanOrEqual(1);
    expect(fingerprints.has(issue['fingerprint'] as string), 'fingerprints are unique').toBe(false);
    fingerprints.add(issue['fingerprint'] as string);
  }
}

describe('toGitlabCodeQuality', () => {
  it('renders each diagnostic with GitLab’s required fields and severities', () => {
    const report = toGitlabCodeQuality([
      diagnostic({ severity: 'error', file: './k8s/pod.yaml' }),
      diagnostic({ severity: 'warning', code: 'b' }),
      diagnostic({ severity: 'info', code: 'c' }),
    ]);
    checkCodeQuality(report);
    expect(report.map((i) => [i.check_name, i.severity, i.location])).toEqual([
      ['hook-annotations-on-workload', 'major', { path: 'k8s/pod.yaml', lines: { begin: 7 } }],
      ['b', 'minor', { path: 'pod.yaml', lines: { begin: 7 } }],
      ['c', 'info', { path: 'pod.yaml', lines: { begin: 7 } }],
    ]);
    expect(report[0]!.description).toBe('hook annotations on the workload');
  });

  it('gives two findings of one code at one place different fingerprints', () => {
    checkCodeQuality(toGitlabCodeQuality([diagnostic({}), diagnostic({})]));
  });

  it('keeps a finding’s fingerprint when lines above it move, and changes it for another place', () => {
    const [before] = toGitlabCodeQuality([diagnostic({})]);
    const moved = { start: { line: 12, column: 5 }, end: { line: 12, column: 40 } };
    const [after] = toGitlabCodeQuality([diagnostic({ range: moved })]);
    const [elsewhere] = toGitlabCodeQuality([diagnostic({ document: 1 })]);
    expect(after!.fingerprint).toBe(before!.fingerprint);
    expect(elsewhere!.fingerprint).not.toBe(before!.fingerprint);
    expect(before!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});
