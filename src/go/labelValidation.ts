/**
 * Label key and value checks, ported from k8s.io/apimachinery `pkg/api/validate/content/kube.go`
 * (IsLabelKey, which `validation.IsQualifiedName` aliases, and IsLabelValue; v0.36, the version
 * Velero pins). The regexes are checked by hand-written loops; messages are Kubernetes' verbatim.
 */
import { validateDns1123Subdomain } from './dns.ts';
import { countUtf8Bytes } from './strings.ts';
import { EMPTY_ERROR, formatMaxLenError, formatRegexError } from './validationMessages.ts';

const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_ERR_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_KEY_MAX_LENGTH = 63;
const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_ERR_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_MAX_LENGTH = 63;

function isAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/** `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$` */
function matchesLabelKeyName(s: string): boolean {
  if (s === '') return false;
  for (const c of s) if (!isAlnum(c) && c !== '-' && c !== '_' && c !== '.') return false;
  return isAlnum(s.charAt(0)) && isAlnum(s.charAt(s.length - 1));
}

const keyNameRegexError = (): string =>
  formatRegexError(LABEL_KEY_ERR_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc');

/**
 * `validation.IsQualifiedName` (= `content.IsLabelKey`): an optional DNS-subdomain prefix and `/`,
 * then a name of at most 63 bytes. Returns Kubernetes' messages; empty means valid.
 */
export function validateQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name = parts[0] ?? '';
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix === '') errs.push('prefix part ' + EMPTY_ERROR);
    else errs.push(...validateDns1123Subdomain(prefix).map((msg) => 'prefix part ' + msg));
  } else if (parts.length > 2) {
    return [
      'a valid label key ' +
        keyNameRegexError() +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name === '') errs.push('name part ' + EMPTY_ERROR);
  else if (countUtf8Bytes(name) > LABEL_KEY_MAX_LENGTH)
    errs.push('name part ' + formatMaxLenError(LABEL_KEY_MAX_LENGTH));
  if (!matchesLabelKeyName(name)) errs.push('name part ' + keyNameRegexError());
  return errs;
}

/**
 * `validation.IsValidLabelValue` (= `content.IsLabelValue`): empty, or at most 63 bytes shaped like
 * a label key name. Returns Kubernetes' messages; empty means valid.
 */
export function validateLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (countUtf8Bytes(value) > LABEL_VALUE_MAX_LENGTH)
    errs.push(formatMaxLenError(LABEL_VALUE_MAX_LENGTH));
  if (value !== '' && !matchesLabelKeyName(value)) {
    errs.push(
      formatRegexError(LABEL_VALUE_ERR_MSG, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'),
    );
  }
  return errs;
}
