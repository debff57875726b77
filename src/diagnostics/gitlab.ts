import type { Diagnostic } from './diagnostic.ts';

/** GitLab's Code Quality severities for ours. */
const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/** One issue of a GitLab Code Quality report (the fields GitLab requires). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * Renders diagnostics as a GitLab Code Quality report (`artifacts:reports:codequality`). The
 * fingerprint hashes the code, file, document and logical path (not the line), so a finding keeps
 * its identity when lines above it move and GitLab can tell new findings from fixed ones.
 */
export function toGitlabCodeQuality(diagnostics: readonly Diagnostic[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const key = [d.code, d.file, d.document, JSON.stringify(d.path)].join('\0');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      description: d.message,
      check_name: d.code,
      fingerprint: fnv1a64(`${key}\0${n}`),
      severity: SEVERITY[d.severity],
      location: { path: d.file.replace(/^\.\//, ''), lines: { begin: d.range.start.line } },
    };
  });
}

/** FNV-1a, 64 bits, over UTF-16 code units, as 16 hex digits: stable and dependency-free. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
