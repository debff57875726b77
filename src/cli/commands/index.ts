import type { CommandEntry } from '../command.ts';

/**
 * Every subcommand, in the order `restore-hooks --help` lists them. Each module is imported on
 * first use (start-up cost: issue 11); adding a command is a file here plus one entry below.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: 'annotate',
    summary: 'design a hook: annotations, a YAML block, a kubectl command or a Restore',
    load: async () => (await import('./annotate.ts')).annotate,
  },
  {
    name: 'apply',
    summary: 'the manifests as Velero would create them (hooks only, or --full-restore)',
    load: async () => (await import('./apply.ts')).apply,
  },
  {
    name: 'backup',
    summary:
      'read a Velero backup tarball: items by kind and namespace, pods with hook annotations',
    load: async () => (await import('./backup.ts')).backup,
  },
  {
    name: 'check',
    summary: 'lint manifests and a Restore: file:line:col diagnostics, or CI formats',
    load: async () => (await import('./check.ts')).check,
  },
  {
    name: 'compare',
    summary: 'what differs for these manifests between Velero releases, and why',
    load: async () => (await import('./compare.ts')).compare,
  },
  {
    name: 'lsp',
    summary: 'a language server (LSP over stdio): diagnostics, quick fixes, hovers',
    load: async () => (await import('./lsp.ts')).lsp,
  },
  {
    name: 'plan',
    summary: 'per pod: init containers, exec hooks and errors, as Velero will produce them',
    load: async () => (await import('./plan.ts')).plan,
  },
  {
    name: 'simulate',
    summary:
      "replay exec hooks on a virtual clock: what runs, fails or waits, and the Restore's outcome",
    load: async () => (await import('./simulate.ts')).simulate,
  },
  {
    name: 'versions',
    summary: 'the supported Velero releases and the restore-hook behaviours each one changes',
    load: async () => (await import('./versions.ts')).versions,
  },
];
