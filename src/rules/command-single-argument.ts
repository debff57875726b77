import { defineEntry } from '../diagnostics/diagnostic.ts';
import type { JsonPath } from '../model/types.ts';
import { parseJsonStringArray } from '../velero/command.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import type { ResourceHook } from '../velero/restore.ts';
import { readAnnotationCommands, namePod } from './utils/podHooks.ts';
import { defineRule, type At } from './utils/rule.ts';
import { formatJsonArray, replaceValueFix, shorten } from './utils/textEdits.ts';

type Kind = 'shell' | 'words' | 'leading-space' | 'quoted-array' | 'first-element';

/** Shell syntax: pipes, lists, redirections, expansions, globs, grouping, quotes, line breaks. */
const SHELL_SYNTAX = /[|&;<>$`*?(){}~'"\\\n]|\[/;

interface Found {
  kind: Kind;
  program: string;
  /** The replacement command, when it is unambiguous. */
  fixed: string | null;
}

/**
 * A command string Velero runs as ONE argument although it looks like several: `parseStringToCommand`
 * (internal/hook/item_hook_handler.go) never splits on spaces and never adds a shell.
 */
function inspectString(value: string): Found | null {
  const trimmed = value.trim();
  if (value[0] === '[') return inspectArray(parseJsonStringArray(value));
  if (trimmed.startsWith('[') && parseJsonStringArray(trimmed))
    return { kind: 'leading-space', program: value, fixed: trimmed };
  const unquoted = /^(['"])(\[[\s\S]*\])\1$/.exec(trimmed)?.[2];
  if (unquoted !== undefined && parseJsonStringArray(unquoted))
    return { kind: 'quoted-array', program: value, fixed: unquoted };
  if (trimmed === '') return null;
  if (SHELL_SYNTAX.test(trimmed))
    return { kind: 'shell', program: value, fixed: formatJsonArray(['/bin/sh', '-c', trimmed]) };
  if (!/\s/.test(value)) return null;
  const words = trimmed.split(/\s+/);
  return {
    kind: 'words',
    program: value,
    fixed: words.length === 1 ? trimmed : formatJsonArray(words),
  };
}

/** A decoded command whose program (element 0) holds spaces: `["/bin/sh -c", "…"]`. */
function inspectArray(command: string[] | null): Found | null {
  const program = command?.[0];
  if (!command || program === undefined || !/\s/.test(program.trim())) return null;
  const rest = command.slice(1);
  const trimmed = program.trim();
  let fixed: string | null = null;
  if (!SHELL_SYNTAX.test(trimmed)) fixed = formatJsonArray([...trimmed.split(/\s+/), ...rest]);
  else if (rest.length === 0) fixed = formatJsonArray(['/bin/sh', '-c', trimmed]);
  return { kind: 'first-element', program, fixed };
}

/** Commands whose program name would be a whole command line: Velero runs it as one argument. */
export const commandSingleArgument = defineRule({
  entry: defineEntry({
    code: 'command-single-argument',
    title: 'Command line run as ONE program name (no splitting, no shell)',
    severity: 'error',
    why:
      'A command annotation that does not start with "[" becomes a command of exactly one argument: Velero never ' +
      'splits it on spaces and never runs it through a shell. "pg_dump -U app > /tmp/x" is therefore the name of a ' +
      'program that does not exist, and the hook fails (exec) or the init container cannot start (init). The same ' +
      'holds for the first element of a JSON or Restore-spec command.',
    source:
      'internal/hook/item_hook_handler.go parseStringToCommand; pkg/podexec/pod_command_executor.go ExecutePodCommand',
    fix: 'Write the command as a JSON array of words, e.g. \'["pg_ctl", "stop"]\'; for pipes, redirections or variables, run a shell: \'["/bin/sh", "-c", "…"]\'.',
    message: (d: { where: string; field: string; program: string; kind: Kind }) => {
      const name = JSON.stringify(shorten(d.program));
      switch (d.kind) {
        case 'shell':
          return `${d.where}: ${d.field} uses shell syntax, but Velero runs it without a shell as ONE program named ${name}; wrap it as ["/bin/sh", "-c", …]`;
        case 'words':
          return `${d.where}: ${d.field} is run as ONE program named ${name} (Velero never splits a command on spaces); write it as a JSON array of words`;
        case 'quoted-array':
          return `${d.where}: ${d.field} is a JSON array wrapped in quotes (as Helm values often carry it); the quotes are part of the value, so Velero does not decode the array and runs the whole text as ONE program named ${name}; remove the quotes`;
        case 'leading-space':
          return `${d.where}: ${d.field} starts with a space, so Velero does not decode the JSON array and runs the whole text as ONE program named ${name}`;
        case 'first-element':
          return `${d.where}: the program in ${d.field} is ${name}, one name with spaces in it; split it into separate elements`;
      }
    },
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      for (const { key, value } of readAnnotationCommands(target)) {
        const found = inspectString(value);
        if (!found) continue;
        const at = ctx.podAt(target, ['metadata', 'annotations', key], 'value');
        const data = {
          where: namePod(target),
          field: key,
          program: found.program,
          kind: found.kind,
        };
        report(
          at,
          data,
          found.fixed === null
            ? undefined
            : { fix: replaceValueFix('Split the command into a JSON array', at, found.fixed) },
        );
      }
    }
    for (const { where, field, path, command } of specCommands(ctx.restore.resources)) {
      const found = inspectArray(command);
      const at: At | null = ctx.restoreAt([...path, 0]);
      if (found && at) report(at, { where, field, program: found.program, kind: found.kind });
    }
  },
});

/** Every `exec.command` and `init.initContainers[].command` of the Restore's hooks, with its path. */
function specCommands(
  resources: readonly ResourceHook[],
): { where: string; field: string; path: JsonPath; command: string[] }[] {
  const out: { where: string; field: string; path: JsonPath; command: string[] }[] = [];
  for (const r of resources) {
    const where = `Restore hook ${JSON.stringify(r.name)}`;
    for (const post of r.postHooks) {
      if (post.exec) {
        out.push({
          where,
          field: `postHooks[${post.index}].exec.command`,
          path: [...post.path, 'exec', 'command'],
          command: post.exec.command,
        });
      }
      (post.initContainers ?? []).forEach((raw, i) => {
        const command = asArray(asObject(raw)['command']).map(asString);
        out.push({
          where,
          field: `postHooks[${post.index}].init.initContainers[${i}].command`,
          path: [...post.path, 'init', 'initContainers', i, 'command'],
          command,
        });
      });
    }
  }
  return out;
}
