import { describe, expect, it } from 'vitest';
import { linkEvidence } from './evidenceLinks.ts';

const links = (text: string) =>
  linkEvidence(text)
    .filter((p) => p.href)
    .map((p) => [p.text, p.href]);

describe('linkEvidence', () => {
  it('links velero#N to the issue and a bare #N to the pull request', () => {
    expect(links('velero#5674, fixed by #5675 (backport #5708); pkg/controller/x.go')).toEqual([
      ['velero#5674', 'https://github.com/velero-io/velero/issues/5674'],
      ['#5675', 'https://github.com/velero-io/velero/pull/5675'],
      ['#5708', 'https://github.com/velero-io/velero/pull/5708'],
    ]);
  });

  it('links abbreviated commit hashes, and not words, versions or paths', () => {
    expect(
      links('internal/hook/hook_tracker.go: 5d1a632be, 6051b3cbe (1.13.0); added decade v1.10.3'),
    ).toEqual([
      ['5d1a632be', 'https://github.com/velero-io/velero/commit/5d1a632be'],
      ['6051b3cbe', 'https://github.com/velero-io/velero/commit/6051b3cbe'],
    ]);
    expect(links('k8s.io/api 0.29–0.33 (1.13.2–1.18.2), pkg/abc1234def/x.go, x#12')).toEqual([]);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'velero#7022 (1.13.0); internal/hook/wait_exec_hook_handler.go HandleHooks';
    const parts = linkEvidence(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts).toEqual([
      { text: 'velero#7022', href: 'https://github.com/velero-io/velero/issues/7022' },
      { text: ' (1.13.0); internal/hook/wait_exec_hook_handler.go HandleHooks' },
    ]);
    expect(linkEvidence('')).toEqual([]);
  });
});
