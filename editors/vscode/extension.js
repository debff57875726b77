// The VS Code client of `restore-hooks lsp`: starts the server over stdio for YAML and JSON files.
// VS Code answers the server's workspace/configuration requests from the restoreHooks.* settings.
const { workspace } = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** @param {import('vscode').ExtensionContext} _context */
function activate(_context) {
  const settings = workspace.getConfiguration('restoreHooks');
  const [command = 'restore-hooks', ...args] = settings.get('serverCommand') ?? [];
  client = new LanguageClient(
    'restoreHooks',
    'Restore Hooks (Velero)',
    { command, args },
    {
      documentSelector: ['yaml', 'json'].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      initializationOptions: { veleroVersion: settings.get('veleroVersion') || undefined },
      // Sends workspace/didChangeConfiguration when a restoreHooks.* setting changes.
      synchronize: { configurationSection: 'restoreHooks' },
    },
  );
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
