import { defineEntry } from '../diagnostics/diagnostic.ts';
import type { JsonPath } from '../model/types.ts';
import { parseJsonStringArray } from '../velero/command.ts';
import { asArray, asObject } from '../model/json.ts';
import type { ResourceHook } from '../velero/restore.ts';
import { readAnnotationCommands, namePod } from './utils/podHooks.ts';
import { defineRule, type At } from './utils/rule.ts';
import { replaceValueFix, straightenQuotes, findTypographicQuotes } from './utils/textEdits.ts';

/** `“text”` or `‘text’` with no other typographic quote: the quotes were meant as YAML quotes. */
function unwrap(value: string): string | null {
  const m = /^\s*(?:\u201c([^\u201c\u201d]*)\u201d|\u2018([^\u2018\u2019]*)\u2019)\s*$/.exec(value);
  if (!m) return null;
  const inner = m[1] ?? m[2] ?? '';
  return findTypographicQuotes(inner).length === 0 ? inner : null;
}

/** The value with ASCII quotes, or null when that is not clearly what was meant. */
function straightened(value: string, mustBeJson: boolean): string | null {
  const candidate = unwrap(value) ?? straightenQuotes(value);
  if (mustBeJson && parseJsonStringArray(candidate) === null) return null;
  return candidate;
}

/** Typographic quotes (“ ” ‘ ’ …) in a hook command: pasted from a document, never real quotes. */
export const typographicQuotesRule = defineRule({
  entry: defineEntry({
    code: 'typographic-quotes',
    title: 'Typographic quotes in a hook command',
    severity: 'warning',
    why:
      'Quotes such as “ ” ‘ ’ come from word processors, chat tools and web pages. To JSON, YAML and the shell they ' +
      'are ordinary characters: a JSON array written with them is not decoded (Velero runs the whole text as one ' +
      'argument, parseStringToCommand), and a shell passes them on literally, so paths and arguments do not match.',
    source: 'internal/hook/item_hook_handler.go parseStringToCommand',
    fix: 'Replace them with ASCII quotes (" and \').',
    message: (d: { where: string; field: string; quotes: string; breaksJson: boolean }) =>
      `${d.where}: ${d.field} contains typographic quotes (${d.quotes}), which are ordinary characters to Velero and the shell` +
      (d.breaksJson
        ? '; the JSON array is not decoded, so the whole text is run as ONE argument'
        : ', not quotes'),
  }),
  check(ctx, report) {
    const title = 'Replace the typographic quotes with ASCII quotes';
    for (const target of ctx.manifests.pods) {
      for (const { key, value } of readAnnotationCommands(target)) {
        const quotes = findTypographicQuotes(value);
        if (quotes.length === 0) continue;
        const breaksJson = value[0] === '[' && parseJsonStringArray(value) === null;
        const at = ctx.podAt(target, ['metadata', 'annotations', key], 'value');
        const fixed = straightened(value, value[0] === '[');
        report(
          at,
          { where: namePod(target), field: key, quotes: quotes.join(' '), breaksJson },
          fixed === null ? undefined : { fix: replaceValueFix(title, at, fixed) },
        );
      }
    }
    for (const { where, field, path, value } of specCommandItems(ctx.restore.resources)) {
      const quotes = findTypographicQuotes(value);
      const at: At | null = ctx.restoreAt(path);
      if (quotes.length === 0 || !at) continue;
      const fixed = straightened(value, false);
      report(
        at,
        { where, field, quotes: quotes.join(' '), breaksJson: false },
        fixed === null ? undefined : { fix: replaceValueFix(title, at, fixed) },
      );
    }
  },
});

/** Every string of `exec.command` and of `initContainers[].command`/`args` in the Restore's hooks. */
function specCommandItems(
  resources: readonly ResourceHook[],
): { where: string; field: string; path: JsonPath; value: string }[] {
  const out: { where: string; field: string; path: JsonPath; value: string }[] = [];
  const add = (where: string, field: string, path: JsonPath, list: unknown) => {
    asArray(list).forEach((v, i) => {
      if (typeof v === 'string')
        out.push({ where, field: `${field}[${i}]`, path: [...path, i], value: v });
    });
  };
  for (const r of resources) {
    const where = `Restore hook ${JSON.stringify(r.name)}`;
    for (const post of r.postHooks) {
      if (post.exec)
        add(
          where,
          `postHooks[${post.index}].exec.command`,
          [...post.path, 'exec', 'command'],
          post.exec.command,
        );
      (post.initContainers ?? []).forEach((raw, c) => {
        for (const field of ['command', 'args']) {
          const base = `postHooks[${post.index}].init.initContainers[${c}].${field}`;
          add(
            where,
            base,
            [...post.path, 'init', 'initContainers', c, field],
            asObject(raw)[field],
          );
        }
      });
    }
  }
  return out;
}
