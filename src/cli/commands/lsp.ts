import { parseArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { readProductVersion } from '../version.ts';

const help = `Usage: restore-hooks lsp [--stdio]

A language server for editors: speaks the Language Server Protocol on stdin and stdout. YAML and
JSON documents holding pods, workloads or Restores get the diagnostics of 'restore-hooks check'
(same codes, same positions), the engine's fixes as quick fixes, and hovers on hook annotation keys
and on markers. A Restore in the workspace (an open document, or a file under the workspace
folders) is used for the manifests beside it. The README shows the set-up for Neovim, Helix and
VS Code.

Settings: initializationOptions {"veleroVersion": "1.12"}, or the workspace setting
restoreHooks.veleroVersion (read through workspace/configuration, again on every change).

Options:
  --stdio   speak LSP over stdin and stdout (the only transport; editors pass it)
`;

export const lsp: Command = {
  help,
  async run(argv) {
    // vscode-languageclient also passes --clientProcessId=N; the server ends on the client's exit.
    parseArgs(argv, { stdio: { type: 'boolean' }, clientProcessId: { type: 'string' } });
    const { startLanguageServer } = await import('../../lsp/index.ts');
    startLanguageServer({ version: readProductVersion() });
    // Served until the client's exit notification ends the process.
    return new Promise<number>(() => undefined);
  },
};
