import { defineEntry } from '../diagnostics/diagnostic.ts';
import { parseJsonStringArray } from '../velero/command.ts';
import { readAnnotationCommands, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import {
  formatJsonArray,
  replaceValueFix,
  shorten,
  findTypographicQuotes,
} from './utils/textEdits.ts';

type Reason =
  'single-quotes' | 'non-string' | 'trailing-comma' | 'unquoted' | 'trailing-text' | 'invalid-json';

interface Explained {
  reason: Reason;
  detail: string;
  /** The array the user most likely meant, when that is unambiguous. */
  fixed: string[] | null;
}

/**
 * Why a command that starts with `[` is not a JSON array of strings, and the array it was surely
 * meant to be; null when Velero decodes it (`parseStringToCommand`, internal/hook/item_hook_handler.go).
 */
function explainBadJsonCommand(value: string): Explained | null {
  if (value[0] !== '[' || parseJsonStringArray(value) !== null) return null;
  const parsed = tryJson(value);
  if (Array.isArray(parsed)) {
    const index = parsed.findIndex((x) => x !== null && typeof x !== 'string');
    const quoted = parseJsonStringArray(quoteBareScalars(value));
    return {
      reason: 'non-string',
      detail: `element ${index} is ${jsonKind(parsed[index])}, not a string`,
      fixed: quoted,
    };
  }
  if (/^\[\s*'/.test(value)) {
    const fixed = value.includes('"') ? null : parseJsonStringArray(value.replace(/'/g, '"'));
    return { reason: 'single-quotes', detail: 'JSON strings need double quotes', fixed };
  }
  const withoutComma = parseJsonStringArray(value.replace(/,\s*\]\s*$/, ']'));
  if (withoutComma)
    return {
      reason: 'trailing-comma',
      detail: 'JSON allows no comma before "]"',
      fixed: withoutComma,
    };
  const end = closingBracket(value);
  if (
    end !== -1 &&
    end < value.trimEnd().length - 1 &&
    parseJsonStringArray(value.slice(0, end + 1))
  ) {
    return { reason: 'trailing-text', detail: 'there is text after the closing "]"', fixed: null };
  }
  const inner = value.trimEnd().endsWith(']') ? value.trimEnd().slice(1, -1) : null;
  if (inner !== null && !/["'[\]{}]/.test(inner)) {
    const words = inner.split(',').map((w) => w.trim());
    const fixed = words.every((w) => w !== '') ? words : null;
    return { reason: 'unquoted', detail: 'the elements are not quoted', fixed };
  }
  return { reason: 'invalid-json', detail: 'it is not valid JSON', fixed: null };
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return typeof v === 'number' ? 'a number' : 'a boolean';
}

/** Quotes bare numbers and booleans outside strings, keeping their text (`[sleep, 5]` → `"5"`). */
function quoteBareScalars(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += json[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    const bare = /^(?:true|false|-?[0-9][0-9.eE+-]*)/.exec(json.slice(i));
    if (!inString && bare && /[[,\s]/.test(json[i - 1] ?? '[')) {
      out += `"${bare[0]}"`;
      i += bare[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/** Index of the `]` that closes the array opened at index 0 (strings skipped), or -1. */
function closingBracket(value: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i;
  }
  return -1;
}

/** A hook command annotation that starts with `[` but does not decode: Velero runs the text as one argument. */
export const commandNotJsonArray = defineRule({
  entry: defineEntry({
    code: 'command-not-json-array',
    title: 'Command starts with "[" but is not a JSON array of strings',
    severity: 'error',
    why:
      'Velero decodes a command annotation that starts with "[" as a JSON array of strings. When decoding fails ' +
      '(single quotes, unquoted words, numbers, a trailing comma, text after "]"), it does not report an error: ' +
      "the whole text becomes the command's ONE argument, so the container runtime looks for a program literally " +
      'named like the text and the hook fails.',
    source: 'internal/hook/item_hook_handler.go parseStringToCommand',
    fix: 'Write a JSON array of double-quoted strings, e.g. \'["/bin/sh", "-c", "echo done"]\' (single-quote the whole YAML value).',
    message: (d: { pod: string; key: string; value: string; reason: Reason; detail: string }) =>
      `${d.pod}: ${d.key} starts with "[" but is not a JSON array of strings (${d.detail}); ` +
      `Velero runs the whole text as ONE program name: ${JSON.stringify(shorten(d.value))}`,
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      for (const { key, value } of readAnnotationCommands(target)) {
        if (findTypographicQuotes(value).length > 0) continue; // typographic-quotes explains and fixes these
        const explained = explainBadJsonCommand(value);
        if (!explained) continue;
        const at = ctx.podAt(target, ['metadata', 'annotations', key], 'value');
        const fixed = explained.fixed;
        report(
          at,
          { pod: namePod(target), key, value, reason: explained.reason, detail: explained.detail },
          fixed
            ? {
                fix: replaceValueFix(
                  'Write the command as a JSON array of strings',
                  at,
                  formatJsonArray(fixed),
                ),
              }
            : undefined,
        );
      }
    }
  },
});
