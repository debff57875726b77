import {
  generateAnnotations,
  generateAnnotationsYaml,
  generateKubectlCommand,
  generateRestore,
  TARGET_KINDS,
  type DesignedExecHook,
  type DesignedHook,
  type DesignedResourceHook,
  type Generated,
  parseDuration,
} from '../../index.ts';
import {
  readListFlag,
  parseArgs,
  readStringFlag,
  type FlagSpec,
  type ParsedArgs,
} from '../args.ts';
import type { Command } from '../command.ts';
import { CliError } from '../io.ts';
import { readVersionFlag } from '../inputs.ts';

const OUTPUTS = ['annotations', 'yaml', 'kubectl', 'restore'] as const;
type Output = (typeof OUTPUTS)[number];

const help = `Usage: restore-hooks annotate init|exec [options]

Designs one restore hook and prints it, ready to use: as pod annotations, a YAML block to paste into
a manifest, a kubectl command, or a velero.io/v1 Restore. Velero reads the output back exactly as
designed; a design Velero cannot express is refused (exit 2) with the reason.

Hook:
  --command JSON            the command as a JSON array of strings: '["/bin/sh","-c","echo hi"]'
                            (for an init hook, '[]' runs the image's own entrypoint)
  --shell LINE              shorthand for --command '["/bin/sh","-c",LINE]'
  init hooks:
  --image I                 the init container's image (required)
  --name N                  its name (default: Velero picks velero-restore-init-<8 random hex>)
  exec hooks:
  --container C             the container to run in (default: the pod's first container)
  --on-error Continue|Fail  Fail skips the pod's remaining hooks (unset acts like Continue)
  --exec-timeout D          Go duration such as 30s or 1m30s (default 30s)
  --wait-timeout D          how long to wait for the container to be up (default: no limit)
  --wait-for-ready          wait until the container is Ready, not just Running

Output:
  --output FORMAT           yaml (default): the annotations under the pod template of --kind
                            annotations: the annotation map as JSON
                            kubectl: a kubectl annotate (Pod) or patch (workload) command
                            restore: a Restore with the hook in spec.hooks.resources
  --kind K                  ${TARGET_KINDS.join(', ')} (default Pod; yaml, kubectl)
  --target-name NAME        the object to annotate (kubectl, required)
  --namespace NS            its namespace (kubectl); the hook's included namespace (restore)
  --backup-name B           the backup to restore from (restore, required)
  --restore-name R          the Restore's name (restore; default <backup-name>-restore)
  --hook-name H             the resource hook's name (restore; default restore-hook)
  --selector KEY=VALUE      a label the pods must have (restore; repeatable)

Velero:
  --velero-version V        the release the hook is for (default 1.18.2): says what it ignores
`;

const FLAGS: FlagSpec = {
  command: { type: 'string' },
  shell: { type: 'string' },
  image: { type: 'string' },
  name: { type: 'string' },
  container: { type: 'string' },
  'on-error': { type: 'string', choices: ['Continue', 'Fail'] },
  'exec-timeout': { type: 'string' },
  'wait-timeout': { type: 'string' },
  'wait-for-ready': { type: 'boolean' },
  output: { type: 'string', choices: OUTPUTS },
  kind: { type: 'string', choices: TARGET_KINDS },
  'target-name': { type: 'string' },
  namespace: { type: 'string' },
  'backup-name': { type: 'string' },
  'restore-name': { type: 'string' },
  'hook-name': { type: 'string' },
  selector: { type: 'string', multi: true },
  'velero-version': { type: 'string' },
};

/** Flags that only make sense for one hook kind or some outputs. */
const ONLY_FOR_KIND: Record<string, 'init' | 'exec'> = {
  image: 'init',
  name: 'init',
  container: 'exec',
  'on-error': 'exec',
  'exec-timeout': 'exec',
  'wait-timeout': 'exec',
  'wait-for-ready': 'exec',
};
const ONLY_FOR_OUTPUT: Record<string, readonly Output[]> = {
  kind: ['yaml', 'kubectl'],
  'target-name': ['kubectl'],
  namespace: ['kubectl', 'restore'],
  'backup-name': ['restore'],
  'restore-name': ['restore'],
  'hook-name': ['restore'],
  selector: ['restore'],
};

export const annotate: Command = {
  help,
  run(argv, io) {
    const args = parseArgs(argv, FLAGS);
    const kind = hookKind(args.positionals);
    const output = (readStringFlag(args, 'output') ?? 'yaml') as Output;
    checkFlagScope(args, kind, output);
    const hook = kind === 'init' ? initHook(args) : execHook(args);
    const result = render(hook, args, output);
    if (result.kind === 'error')
      throw new CliError(result.problems.map((p) => p.message).join('; '));
    io.stdout(result.value.endsWith('\n') ? result.value : result.value + '\n');
    const version = readVersionFlag(args, 'velero-version');
    const notes = [...result.notes];
    if (version && !version.behaviours.waitForReady && args.flags['wait-for-ready'] === true)
      notes.push(
        `Velero ${version.name} has no waitForReady (it arrived in 1.13.0): the hook runs as soon as the container is Running`,
      );
    for (const note of notes) io.stderr(`note: ${note}\n`);
    return Promise.resolve(0);
  },
};

function hookKind(positionals: string[]): 'init' | 'exec' {
  const [kind, ...extra] = positionals;
  if (kind !== 'init' && kind !== 'exec') {
    throw new CliError(
      kind === undefined
        ? 'give the hook kind: init or exec'
        : `unknown hook kind '${kind}' (init or exec)`,
    );
  }
  if (extra.length > 0) throw new CliError(`unexpected argument '${extra[0]}'`);
  return kind;
}

function checkFlagScope(args: ParsedArgs, kind: 'init' | 'exec', output: Output): void {
  for (const flag of Object.keys(args.flags)) {
    const forKind = ONLY_FOR_KIND[flag];
    if (forKind && forKind !== kind) throw new CliError(`--${flag} is only for ${forKind} hooks`);
    const forOutput = ONLY_FOR_OUTPUT[flag];
    if (forOutput && !forOutput.includes(output)) {
      throw new CliError(`--${flag} is only used with --output ${forOutput.join(' or ')}`);
    }
  }
}

function command(args: ParsedArgs): string[] {
  const json = readStringFlag(args, 'command');
  const shell = readStringFlag(args, 'shell');
  if (json !== undefined && shell !== undefined)
    throw new CliError('give --command or --shell, not both');
  if (shell !== undefined) return ['/bin/sh', '-c', shell];
  if (json === undefined)
    throw new CliError(`a hook needs a command: --command '["/bin/sh","-c","…"]' or --shell '…'`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((c) => typeof c === 'string')) {
    throw new CliError(
      `--command must be a JSON array of strings, like '["/bin/sh","-c","echo hi"]' (got ${json})`,
    );
  }
  return parsed;
}

function initHook(args: ParsedArgs): DesignedHook {
  const image = readStringFlag(args, 'image');
  if (!image)
    throw new CliError(
      'an init hook needs --image (without an image Velero adds no init container)',
    );
  const name = readStringFlag(args, 'name');
  return { kind: 'init', image, command: command(args), ...(name ? { name } : {}) };
}

function execHook(args: ParsedArgs): DesignedExecHook {
  const hook: DesignedExecHook = { kind: 'exec', command: command(args) };
  const container = readStringFlag(args, 'container');
  if (container) hook.container = container;
  const onError = readStringFlag(args, 'on-error');
  if (onError === 'Continue' || onError === 'Fail') hook.onError = onError;
  for (const [flag, field] of [
    ['exec-timeout', 'execTimeout'],
    ['wait-timeout', 'waitTimeout'],
  ] as const) {
    const value = readStringFlag(args, flag);
    if (value === undefined) continue;
    if (parseDuration(value) === null) {
      throw new CliError(
        `--${flag} ${JSON.stringify(value)} is not a Go duration (units ns, us, ms, s, m, h: 30s, 1m30s)`,
      );
    }
    hook[field] = value;
  }
  if (args.flags['wait-for-ready'] === true) hook.waitForReady = true;
  return hook;
}

function render(hook: DesignedHook, args: ParsedArgs, output: Output): Generated<string> {
  const kind = readStringFlag(args, 'kind') ?? 'Pod';
  switch (output) {
    case 'annotations': {
      const annotations = generateAnnotations(hook);
      return annotations.kind === 'error'
        ? annotations
        : { ...annotations, value: JSON.stringify(annotations.value, null, 2) };
    }
    case 'yaml':
      return generateAnnotationsYaml(hook, kind);
    case 'kubectl': {
      const name = readStringFlag(args, 'target-name');
      if (!name)
        throw new CliError('--output kubectl needs --target-name (the object to annotate)');
      const namespace = readStringFlag(args, 'namespace');
      return generateKubectlCommand(hook, { kind, name, ...(namespace ? { namespace } : {}) });
    }
    case 'restore':
      return renderRestore(hook, args);
  }
}

function renderRestore(hook: DesignedHook, args: ParsedArgs): Generated<string> {
  const backupName = readStringFlag(args, 'backup-name');
  if (!backupName)
    throw new CliError('--output restore needs --backup-name (the backup to restore from)');
  if (hook.kind === 'init' && !hook.name) {
    throw new CliError(
      '--output restore needs --name: a Restore init container must have a name, image and command',
    );
  }
  const namespace = readStringFlag(args, 'namespace');
  const matchLabels: Record<string, string> = {};
  for (const pair of readListFlag(args, 'selector')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CliError(`--selector expects KEY=VALUE (got ${JSON.stringify(pair)})`);
    matchLabels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const resource: DesignedResourceHook = {
    name: readStringFlag(args, 'hook-name') ?? 'restore-hook',
    ...(namespace ? { includedNamespaces: [namespace] } : {}),
    ...(Object.keys(matchLabels).length > 0 ? { labelSelector: { matchLabels } } : {}),
    postHooks: [
      hook.kind === 'init'
        ? {
            kind: 'init',
            initContainers: [{ name: hook.name ?? '', image: hook.image, command: hook.command }],
          }
        : hook,
    ],
  };
  return generateRestore([resource], {
    name: readStringFlag(args, 'restore-name') ?? `${backupName}-restore`,
    backupName,
  });
}
