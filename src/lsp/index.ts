/**
 * The language-server adapter: `restore-hooks lsp` speaks LSP over stdio. Like the CLI it reaches
 * the engine only through src/index.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.ts';

/** Serves LSP on this process's stdin and stdout until the client says exit. */
export function startLanguageServer(product: { version: string }): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection, product);
  connection.listen();
}
