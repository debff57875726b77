/**
 * Velero's `collections.IncludesExcludes` (`pkg/util/collections/includes_excludes.go`), which
 * restore hooks use for `includedNamespaces`/`excludedNamespaces` (`GetRestoreHooksFromSpec`,
 * `internal/hook/item_hook_handler.go`). Both lists are `sets.String`: duplicates collapse and
 * patterns are tried in Go's sorted order. `globStringSet.match` returns false at the first
 * pattern that does not compile, without trying the patterns after it.
 */
import { compileGlob } from './glob.ts';
import { sortUniqueStrings } from './strings.ts';

type GlobSetResult =
  | { kind: 'matched'; pattern: string }
  | { kind: 'invalid'; pattern: string; error: string }
  | { kind: 'noMatch' };

/** `globStringSet.match`: sorted patterns, stop at the first match or the first compile error. */
/** Compiled patterns, bounded: a restore has few patterns and a plan checks them for every pod. */
const compiled = new Map<string, ReturnType<typeof compileGlob>>();

function compileCached(pattern: string): ReturnType<typeof compileGlob> {
  let glob = compiled.get(pattern);
  if (!glob) {
    if (compiled.size > 1000) compiled.clear();
    glob = compileGlob(pattern);
    compiled.set(pattern, glob);
  }
  return glob;
}

function matchGlobSet(patterns: readonly string[], value: string): GlobSetResult {
  for (const pattern of sortUniqueStrings(patterns)) {
    const glob = compileCached(pattern);
    if ('error' in glob) return { kind: 'invalid', pattern, error: glob.error };
    if (glob.match(value)) return { kind: 'matched', pattern };
  }
  return { kind: 'noMatch' };
}

/**
 * `IncludesExcludes.ShouldInclude`: excludes are checked first and win; then an empty includes
 * list, or one holding the exact entry `*` (`includes.Has("*")`), includes everything; otherwise
 * some include pattern must match.
 */
export function shouldInclude(
  includes: readonly string[],
  excludes: readonly string[],
  value: string,
): boolean {
  if (matchGlobSet(excludes, value).kind === 'matched') return false;
  return (
    includes.length === 0 ||
    includes.includes('*') ||
    matchGlobSet(includes, value).kind === 'matched'
  );
}

function formatList(items: readonly string[]): string {
  return `[${sortUniqueStrings(items).join(', ')}]`;
}

/**
 * `shouldInclude` with a one-line reason for the designer ("why does this hook not select this
 * pod?"): which pattern excluded or included the namespace, or where Velero stopped checking
 * because a pattern is not a valid gobwas glob.
 */
export function explainNamespaceMatch(
  includes: readonly string[],
  excludes: readonly string[],
  value: string,
): { included: boolean; reason: string } {
  const ns = `namespace ${JSON.stringify(value)}`;
  const excluded = matchGlobSet(excludes, value);
  if (excluded.kind === 'matched') {
    return {
      included: false,
      reason: `${ns} is excluded by pattern ${JSON.stringify(excluded.pattern)}`,
    };
  }
  const note =
    excluded.kind === 'invalid'
      ? ` (excludedNamespaces pattern ${JSON.stringify(excluded.pattern)} is not a valid glob: ${excluded.error}; ` +
        'Velero stops checking excludes there)'
      : '';
  if (includes.length === 0) {
    return {
      included: true,
      reason: `${ns} is included: includedNamespaces is empty, so all namespaces are${note}`,
    };
  }
  if (includes.includes('*')) {
    return { included: true, reason: `${ns} is included: includedNamespaces contains "*"${note}` };
  }
  const included = matchGlobSet(includes, value);
  switch (included.kind) {
    case 'matched':
      return {
        included: true,
        reason: `${ns} is included by pattern ${JSON.stringify(included.pattern)}${note}`,
      };
    case 'invalid':
      return {
        included: false,
        reason:
          `pattern ${JSON.stringify(included.pattern)} is not a valid glob: ${included.error}; ` +
          `Velero stops checking here, so ${ns} is not included${note}`,
      };
    case 'noMatch':
      return {
        included: false,
        reason: `${ns} is not in includedNamespaces ${formatList(includes)}${note}`,
      };
  }
}
