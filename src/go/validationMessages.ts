/**
 * The message builders of k8s.io/apimachinery `pkg/api/validate/content/errors.go` (v0.36, the
 * version Velero pins), so that validation messages match Kubernetes' text exactly.
 */

/** `content.MaxLenError`: lengths are Go byte lengths. */
export function formatMaxLenError(length: number): string {
  return `must be no more than ${length} bytes`;
}

/** `content.EmptyError`. */
export const EMPTY_ERROR = 'must be non-empty';

/**
 * `content.RegexError`, including its odd spacing: examples are printed as `'a',  or 'b', ` (a
 * comma, then " or "), then the regex.
 */
export function formatRegexError(msg: string, re: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${re}')`;
  let out = msg + ' (e.g. ';
  examples.forEach((example, i) => {
    if (i > 0) out += ' or ';
    out += `'${example}', `;
  });
  return out + `regex used for validation is '${re}')`;
}
