/**
 * Namespace wildcard expansion of a Restore (`pkg/restore/restore.go` expandNamespaceWildcards,
 * `pkg/util/wildcard/expand.go`), on the releases that do it (1.18.0 and main; see the
 * `restoreNamespaceWildcards` behaviour): the patterns are replaced by the backup's namespaces they
 * match, and the result becomes a plain IncludesExcludes, so an include list that expands to nothing
 * includes every namespace.
 */
import { compileGlob } from '../go/glob.ts';
import { sortUniqueStrings } from '../go/strings.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { RestoreModel } from './restore.ts';

export interface ExpandedNamespaces {
  includes: string[];
  excludes: string[];
  /** Why a namespace is not included, in words. */
  explain(namespace: string): string;
}

/** `containsWildcardPattern`: `*`, `?` or `[`. */
const hasWildcard = (p: string) => /[*?[]/.test(p);

/** `ShouldExpandWildcards` as each release calls it for a restore. */
function shouldExpand(restore: RestoreModel, version: VeleroVersion): boolean {
  const mode = version.behaviours.restoreNamespaceWildcards;
  const { includedNamespaces: inc, excludedNamespaces: exc } = restore;
  if (mode === 'glob') return false;
  if (mode === 'expand-with-includes' && inc.length === 0) return false;
  if (inc.includes('*')) return false;
  return [...inc, ...exc].some(hasWildcard);
}

/** `ValidateNamespaceName` (`pkg/util/wildcard/expand.go`), Go's messages. */
export function validateWildcardNamespace(pattern: string): string | null {
  if (/[|(){}!,]/.test(pattern))
    return 'wildcard pattern contains unsupported characters: |, (, ), !, {, }, ,';
  if (pattern.includes('**'))
    return 'wildcard pattern contains consecutive asterisks (only single * allowed)';
  return validateBrackets(pattern);
}

/** `validateBracePatterns`: every `[` closed by a later `]` with something between them. */
function validateBrackets(pattern: string): string | null {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === ']') return "wildcard pattern contains unmatched closing bracket ']'";
    if (pattern[i] !== '[') continue;
    const close = pattern.indexOf(']', i + 1);
    if (close < 0) return "wildcard pattern contains unclosed bracket '['";
    if (close === i + 1) return "wildcard pattern contains empty bracket pattern '[]'";
    i = close;
  }
  return null;
}

/** `expandWildcards`: validate every pattern, then literals as they are and globs to matches. */
function expand(patterns: readonly string[], available: readonly string[]): string[] | string {
  for (const p of patterns) {
    const invalid = validateWildcardNamespace(p);
    if (invalid) return invalid;
  }
  const out = new Set<string>();
  for (const p of patterns) {
    if (!hasWildcard(p)) {
      out.add(p);
      continue;
    }
    const glob = compileGlob(p);
    if ('error' in glob) return glob.error;
    for (const ns of available) if (glob.match(ns)) out.add(ns);
  }
  return [...out];
}

/**
 * The expanded lists, null where the release does not expand this Restore's patterns, or the
 * restore's error (Go's text, wrapped as `expandNamespaceWildcards` wraps it) and its field.
 */
export function expandNamespaceWildcards(
  restore: RestoreModel,
  version: VeleroVersion,
  backupNamespaces: readonly string[],
): ExpandedNamespaces | { error: string; field: string } | null {
  if (!shouldExpand(restore, version)) return null;
  const { includedNamespaces: inc, excludedNamespaces: exc } = restore;
  if (exc.includes('*'))
    return {
      error: "wildcard '*' is not allowed in restore excludes",
      field: 'excludedNamespaces',
    };
  const available = sortUniqueStrings(backupNamespaces.filter((n) => n !== ''));
  const wrap = (e: string) =>
    `error expanding wildcard patterns in namespace includes/excludes: ${e}`;
  const includes = expand(inc, available);
  if (typeof includes === 'string') return { error: wrap(includes), field: 'includedNamespaces' };
  const excludes = expand(exc, available);
  if (typeof excludes === 'string') return { error: wrap(excludes), field: 'excludedNamespaces' };
  const list = (l: readonly string[]) => `[${l.join(', ')}]`;
  return {
    includes,
    excludes,
    explain: (ns) =>
      excludes.includes(ns)
        ? `namespace ${JSON.stringify(ns)} is excluded: excludedNamespaces ${list(exc)} expand to ${list(sortUniqueStrings(excludes))} on Velero ${version.name}`
        : `namespace ${JSON.stringify(ns)} is not in includedNamespaces ${list(inc)}, which expand to ${list(sortUniqueStrings(includes))} on Velero ${version.name}`,
  };
}
