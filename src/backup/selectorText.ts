/**
 * A label selector typed as text, as `kubectl get -l` takes it (`app=db,tier!=cache`,
 * `env in (prod,staging)`, `!canary`), turned into a `metav1.LabelSelector` and checked as Velero
 * checks one (`convertLabelSelector`): the designer's backup dialog narrows the pods to load with it.
 */
import { convertLabelSelector, type LabelSelector } from '../go/labelSelector.ts';

interface Expression {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

/** Splits at commas outside parentheses. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      terms.push(text.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(text.slice(start));
  return terms.map((t) => t.trim());
}

/** One term as a matchLabels entry or a matchExpressions entry; a string is why it cannot be read. */
function readTerm(term: string): [string, string] | Expression | string {
  let m = /^!\s*([^\s=!(),]+)$/.exec(term);
  if (m) return { key: m[1]!, operator: 'DoesNotExist' };
  m = /^([^\s=!(),]+)\s*!=\s*([^\s=!(),]*)$/.exec(term);
  if (m) return { key: m[1]!, operator: 'NotIn', values: [m[2]!] };
  m = /^([^\s=!(),]+)\s*==?\s*([^\s=!(),]*)$/.exec(term);
  if (m) return [m[1]!, m[2]!];
  m = /^([^\s=!(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(term);
  if (m) {
    const values = m[3]!.split(',').map((v) => v.trim());
    return { key: m[1]!, operator: m[2] === 'in' ? 'In' : 'NotIn', values };
  }
  if (/^[^\s=!(),]+$/.test(term)) return { key: term, operator: 'Exists' };
  return `cannot read ${JSON.stringify(term)}: write key=value, key!=value, key in (a,b), key notin (a,b), key or !key`;
}

/** The selector a text means; blank text is null (no label filtering); else the one error. */
export function parseSelectorText(
  text: string,
): { selector: LabelSelector | null } | { error: string } {
  if (text.trim() === '') return { selector: null };
  const out = { matchLabels: {} as Record<string, string>, matchExpressions: [] as Expression[] };
  for (const term of splitTerms(text)) {
    const read = readTerm(term);
    if (typeof read === 'string') return { error: read };
    if (Array.isArray(read)) out.matchLabels[read[0]] = read[1];
    else out.matchExpressions.push(read);
  }
  const converted = convertLabelSelector(out);
  return 'error' in converted ? { error: converted.error } : { selector: converted.selector };
}
