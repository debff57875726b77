/**
 * Kubernetes label selectors as Velero converts them for restore hooks: `metav1.LabelSelectorAsSelector`
 * (k8s.io/apimachinery `pkg/apis/meta/v1/helpers.go`) building `labels.NewRequirement`s
 * (`pkg/labels/selector.go`), then `Selector.Matches`. Error messages are apimachinery v0.36's,
 * byte for byte (field path, `Invalid value: <Go %q or JSON>`, aggregate `[a, b]`).
 */
import { quoteGoString, marshalJsonStrings } from './quote.ts';
import { compareGoStrings } from './strings.ts';
import { validateLabelValue, validateQualifiedName } from './labelValidation.ts';

export { validateLabelValue, validateQualifiedName } from './labelValidation.ts';

/** `selection.Operator` values a LabelSelector can produce; matchLabels become `Equals`. */
export type LabelOperator = 'Equals' | 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface LabelRequirement {
  key: string;
  operator: LabelOperator;
  values: readonly string[];
}

export interface LabelSelector {
  /** `nothing`: LabelSelectorAsSelector(nil); `everything`: `{}`; else AND of the requirements. */
  kind: 'nothing' | 'everything' | 'requirements';
  /** Sorted by key, as `internalSelector.Add` sorts them. */
  requirements: readonly LabelRequirement[];
  /** `labels.Selector.String()`, e.g. `app=web,env notin (prod)`. */
  text: string;
  matches(labels: Readonly<Record<string, string>>): boolean;
  /** One reason per requirement the labels fail, e.g. `label env is "prod", NotIn [prod]`. */
  explain(labels: Readonly<Record<string, string>>): string[];
}

export type LabelSelectorConversion =
  { selector: LabelSelector } | { error: string; path: (string | number)[] };

type Labels = Readonly<Record<string, string>>;

function lookup(labels: Labels, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/** `Requirement.Matches`: NotIn and DoesNotExist also match when the key is absent. */
function requirementMatches(r: LabelRequirement, labels: Labels): boolean {
  const value = lookup(labels, r.key);
  switch (r.operator) {
    case 'Equals':
    case 'In':
      return value !== undefined && r.values.includes(value);
    case 'NotIn':
      return value === undefined || !r.values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
  }
}

function explainRequirement(r: LabelRequirement, labels: Labels): string {
  const value = lookup(labels, r.key);
  const actual = `label ${r.key} is ${value === undefined ? 'missing' : JSON.stringify(value)}`;
  switch (r.operator) {
    case 'Equals':
      return `${actual}, matchLabels wants ${JSON.stringify(r.values[0] ?? '')}`;
    case 'In':
    case 'NotIn':
      return `${actual}, ${r.operator} [${r.values.join(', ')}]`;
    case 'Exists':
    case 'DoesNotExist':
      return `${actual}, ${r.operator}`;
  }
}

/** `Requirement.String()`: values sorted (Go order) when there are several. */
function formatRequirement(r: LabelRequirement): string {
  const values = r.values.length === 1 ? r.values : [...r.values].sort(compareGoStrings);
  switch (r.operator) {
    case 'Equals':
      return `${r.key}=${values.join(',')}`;
    case 'In':
      return `${r.key} in (${values.join(',')})`;
    case 'NotIn':
      return `${r.key} notin (${values.join(',')})`;
    case 'Exists':
      return r.key;
    case 'DoesNotExist':
      return `!${r.key}`;
  }
}

function makeSelector(
  kind: LabelSelector['kind'],
  requirements: LabelRequirement[],
): LabelSelector {
  const sorted = [...requirements].sort((a, b) => compareGoStrings(a.key, b.key));
  return {
    kind,
    requirements: sorted,
    text: sorted.map(formatRequirement).join(','),
    matches: (labels) => kind !== 'nothing' && sorted.every((r) => requirementMatches(r, labels)),
    explain: (labels) =>
      kind === 'nothing'
        ? ['the label selector is nil, which matches nothing']
        : sorted
            .filter((r) => !requirementMatches(r, labels))
            .map((r) => explainRequirement(r, labels)),
  };
}

interface FieldError {
  message: string;
  path: (string | number)[];
}

/**
 * `labels.NewRequirement` validation: key, then the value count for the operator, then each value.
 * An empty `values` prints as `null`: Go passes `append([]string(nil), …)`, a nil slice when empty.
 */
function validateRequirement(
  key: string,
  op: LabelOperator,
  values: readonly string[],
): FieldError[] {
  const errs: FieldError[] = [];
  const keyErrs = validateQualifiedName(key);
  if (keyErrs.length > 0) {
    errs.push({
      message: `key: Invalid value: ${quoteGoString(key)}: ${keyErrs.join('; ')}`,
      path: ['key'],
    });
  }
  const shown = marshalJsonStrings(values.length === 0 ? null : values);
  if ((op === 'In' || op === 'NotIn') && values.length === 0) {
    const detail = "for 'in', 'notin' operators, values set can't be empty";
    errs.push({ message: `values: Invalid value: ${shown}: ${detail}`, path: ['values'] });
  }
  if ((op === 'Exists' || op === 'DoesNotExist') && values.length !== 0) {
    const detail = 'values set must be empty for exists and does not exist';
    errs.push({ message: `values: Invalid value: ${shown}: ${detail}`, path: ['values'] });
  }
  values.forEach((v, i) => {
    const valueErrs = validateLabelValue(v);
    if (valueErrs.length === 0) return;
    const message = `values[${i}][${key}]: Invalid value: ${quoteGoString(v)}: ${valueErrs.join('; ')}`;
    errs.push({ message, path: ['values', i] });
  });
  return errs;
}

/** `utilerrors.NewAggregate(...).Error()`: one message alone, else `[a, b]` without duplicates. */
function aggregate(errs: readonly FieldError[]): string {
  const unique = [...new Set(errs.map((e) => e.message))];
  return unique.length === 1 ? (unique[0] ?? '') : `[${unique.join(', ')}]`;
}

const operators: Record<string, LabelOperator> = {
  In: 'In',
  NotIn: 'NotIn',
  Exists: 'Exists',
  DoesNotExist: 'DoesNotExist',
};

interface DecodedExpression {
  key: string;
  operator: string;
  values: string[];
}

interface DecodedSelector {
  matchLabels: [string, string][];
  matchExpressions: DecodedExpression[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** A JSON value of the wrong type, which Go's decoder (and the CRD schema) would reject. */
function typeError(path: (string | number)[], want: string, got: unknown): FieldError {
  return { message: `${formatPath(path)} must be ${want}, not ${typeName(got)}`, path };
}

/** A JSON string field as Go decodes it: absent or null leave "", anything else is an error. */
function decodeString(v: unknown, path: (string | number)[]): string | FieldError {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : typeError(path, 'a string', v);
}

function decodeMatchLabels(labels: unknown): [string, string][] | FieldError {
  if (labels === undefined || labels === null) return [];
  if (!isObject(labels)) return typeError(['matchLabels'], 'a map of strings', labels);
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(labels)) {
    const value = decodeString(v, ['matchLabels', k]);
    if (typeof value !== 'string') return value;
    out.push([k, value]);
  }
  return out;
}

function decodeExpression(raw: unknown, i: number): DecodedExpression | FieldError {
  const expr = raw ?? {}; // a null element decodes to the zero LabelSelectorRequirement
  if (!isObject(expr)) return typeError(['matchExpressions', i], 'an object', expr);
  const key = decodeString(expr['key'], ['matchExpressions', i, 'key']);
  if (typeof key !== 'string') return key;
  const operator = decodeString(expr['operator'], ['matchExpressions', i, 'operator']);
  if (typeof operator !== 'string') return operator;
  const rawValues: unknown = expr['values'] ?? [];
  if (!Array.isArray(rawValues)) {
    return typeError(['matchExpressions', i, 'values'], 'an array of strings', rawValues);
  }
  const values: string[] = [];
  for (const [j, v] of (rawValues as unknown[]).entries()) {
    const value = decodeString(v, ['matchExpressions', i, 'values', j]);
    if (typeof value !== 'string') return value;
    values.push(value);
  }
  return { key, operator, values };
}

/** Go `encoding/json` into `metav1.LabelSelector`: null leaves the zero value, wrong types fail. */
function decodeSelector(sel: Record<string, unknown>): DecodedSelector | FieldError {
  const matchLabels = decodeMatchLabels(sel['matchLabels']);
  if ('message' in matchLabels) return matchLabels;
  const exprs = sel['matchExpressions'];
  if (exprs === undefined || exprs === null) return { matchLabels, matchExpressions: [] };
  if (!Array.isArray(exprs)) return typeError(['matchExpressions'], 'an array', exprs);
  const matchExpressions: DecodedExpression[] = [];
  for (const [i, raw] of (exprs as unknown[]).entries()) {
    const expr = decodeExpression(raw, i);
    if ('message' in expr) return expr;
    matchExpressions.push(expr);
  }
  return { matchLabels, matchExpressions };
}

/**
 * `metav1.LabelSelectorAsSelector` on untrusted JSON. null/undefined is Go's nil pointer and gives
 * the selector that matches nothing (Velero itself skips a missing selector: no label filtering, so
 * callers keep undefined for that); `{}` matches everything. On failure returns apimachinery's
 * message and the path of the offending field. matchLabels are checked in sorted key order (Go
 * ranges over the map in random order).
 */
export function convertLabelSelector(
  sel: unknown,
  operatorNoun = 'label selector operator',
): LabelSelectorConversion {
  if (sel === undefined || sel === null) return { selector: makeSelector('nothing', []) };
  if (!isObject(sel))
    return { error: `labelSelector must be an object, not ${typeName(sel)}`, path: [] };
  const decoded = decodeSelector(sel);
  if ('message' in decoded) return { error: decoded.message, path: decoded.path };
  if (decoded.matchLabels.length + decoded.matchExpressions.length === 0) {
    return { selector: makeSelector('everything', []) };
  }
  const requirements: LabelRequirement[] = [];
  const labels = [...decoded.matchLabels].sort(([a], [b]) => compareGoStrings(a, b));
  for (const [key, value] of labels) {
    const errs = validateRequirement(key, 'Equals', [value]);
    if (errs.length > 0) return { error: aggregate(errs), path: ['matchLabels', key] };
    requirements.push({ key, operator: 'Equals', values: [value] });
  }
  for (const [i, expr] of decoded.matchExpressions.entries()) {
    const operator = Object.hasOwn(operators, expr.operator) ? operators[expr.operator] : undefined;
    if (operator === undefined) {
      const error = `${quoteGoString(expr.operator)} is not a valid ${operatorNoun}`;
      return { error, path: ['matchExpressions', i, 'operator'] };
    }
    const errs = validateRequirement(expr.key, operator, expr.values);
    const first = errs[0];
    if (first) return { error: aggregate(errs), path: ['matchExpressions', i, ...first.path] };
    requirements.push({ key: expr.key, operator, values: expr.values });
  }
  return { selector: makeSelector('requirements', requirements) };
}
