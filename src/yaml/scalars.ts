/**
 * Scalar resolution: the YAML 1.2 core schema (what js-yaml and most editors use), plus the YAML 1.1
 * words that Kubernetes' own parser (go-yaml v2 via sigs.k8s.io/yaml, used by kubectl) reads as
 * booleans, so the engine can warn where the two disagree.
 */

const NULL_RE = /^(?:~|null|Null|NULL)?$/;
const TRUE_RE = /^(?:true|True|TRUE)$/;
const FALSE_RE = /^(?:false|False|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const OCT_RE = /^0o[0-7]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF_RE = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN_RE = /^\.(?:nan|NaN|NAN)$/;

/** Resolves an untagged plain scalar per the YAML 1.2 core schema. */
export function resolvePlain(text: string): string | number | boolean | null {
  if (text.length > 32) return text;
  // Fast path: words can only be null or a bool; other values start with a digit, + - . ~ or nothing.
  const first = text.charCodeAt(0);
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (isLetter) {
    if (text === 'null' || text === 'Null' || text === 'NULL') return null;
    if (text === 'true' || text === 'True' || text === 'TRUE') return true;
    if (text === 'false' || text === 'False' || text === 'FALSE') return false;
    return text;
  }
  const maybeSpecial =
    text.length === 0 ||
    (first >= 48 && first <= 57) || // 0-9
    first === 43 ||
    first === 45 ||
    first === 46 ||
    first === 126; // + - . ~
  if (!maybeSpecial) return text;
  if (NULL_RE.test(text)) return null;
  if (TRUE_RE.test(text)) return true;
  if (FALSE_RE.test(text)) return false;
  if (INT_RE.test(text)) return Number(text);
  if (OCT_RE.test(text)) return parseInt(text.slice(2), 8);
  if (HEX_RE.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_RE.test(text)) return Number(text);
  if (INF_RE.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (NAN_RE.test(text)) return NaN;
  return text;
}

/** Resolves a scalar with an explicit tag; unknown tags keep the text. */
export function resolveTagged(tag: string, text: string): string | number | boolean | null {
  switch (tag) {
    case '!!str':
    case 'tag:yaml.org,2002:str':
      return text;
    case '!!null':
      return null;
    case '!!bool':
      return TRUE_RE.test(text) ? true : FALSE_RE.test(text) ? false : text;
    case '!!int':
    case '!!float': {
      const v = resolvePlain(text);
      return typeof v === 'number' ? v : text;
    }
    default:
      return text;
  }
}

const YAML11_BOOL_RE = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * True when kubectl's YAML 1.1 parser (go-yaml v2) would read a plain scalar as a boolean although the
 * YAML 1.2 core schema reads it as a string (`yes`, `on`, `off`, `y`, …).
 */
export function isYaml11OnlyBool(text: string): boolean {
  return text.length <= 3 && YAML11_BOOL_RE.test(text); // the longest word is 3 letters
}
