/**
 * Kubernetes' DNS name checks, ported from k8s.io/apimachinery `pkg/util/validation/validation.go`
 * (IsDNS1123Label, IsDNS1123Subdomain; v0.36, the version Velero pins). The regexes are checked by
 * hand-written loops; the messages quote Kubernetes' regex text verbatim.
 */
import { countUtf8Bytes } from './strings.ts';
import { formatMaxLenError, formatRegexError } from './validationMessages.ts';

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_ERR_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_LABEL_MAX_LENGTH = 63;
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_ERR_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

/** [a-z0-9], by UTF-16 unit (a surrogate is neither, as its rune would not be). */
function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`, without a length limit. */
function matchesDns1123Label(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isLowerAlnum(c) && c !== 45 /* - */) return false;
  }
  return isLowerAlnum(s.charCodeAt(0)) && isLowerAlnum(s.charCodeAt(s.length - 1));
}

/** `^label(\.label)*$`, without a length limit. */
function matchesDns1123Subdomain(s: string): boolean {
  return s.split('.').every(matchesDns1123Label);
}

/**
 * `validation.IsDNS1123Label`: at most 63 bytes of `[a-z0-9-]`, alphanumeric at both ends, with
 * Kubernetes' exact messages ("must not contain dots" when it would be a valid subdomain). Empty
 * list means valid. Used for container and namespace names.
 */
export function validateDns1123Label(name: string): string[] {
  const errs: string[] = [];
  if (countUtf8Bytes(name) > DNS1123_LABEL_MAX_LENGTH)
    errs.push(formatMaxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!matchesDns1123Label(name)) {
    if (matchesDns1123Subdomain(name)) errs.push('must not contain dots');
    else
      errs.push(formatRegexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errs;
}

/**
 * `validation.IsDNS1123Subdomain`: at most 253 bytes of dot-separated DNS-1123 labels, with
 * Kubernetes' exact messages. Label keys use it for their prefix (`example.com/name`).
 */
export function validateDns1123Subdomain(name: string): string[] {
  const errs: string[] = [];
  if (countUtf8Bytes(name) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    errs.push(formatMaxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  }
  if (!matchesDns1123Subdomain(name)) {
    errs.push(formatRegexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  }
  return errs;
}
