/**
 * The language-server adapter: `restore-hooks lsp` speaks LSP over stdio. Like the CLI it reaches
 * the engine only through src/index.ts.
 */
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
} from 'vscode-languageserver/node';
import { startServer } from './server.ts';
import { publishDiagnosticsParts, StdioMessageWriter, stdoutStream } from './stdioWriter.ts';

/** Serves LSP on this process's stdin and stdout until the client says exit. */
export function startLanguageServer(product: { version: string }): void {
  const writer = new StdioMessageWriter(stdoutStream());
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    writer,
  );
  startServer(connection, product, (uri, version, parts) =>
    writer.writeParts(publishDiagnosticsParts(uri, version, parts)),
  );
  connection.listen();
}
