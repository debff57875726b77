/**
 * The language-server adapter: `restore-hooks lsp` speaks LSP over stdio. Like the CLI it reaches
 * the engine only through src/index.ts.
 */
import { format } from 'node:util';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
} from 'vscode-languageserver/node';
import { startServer } from './server.ts';
import { publishDiagnosticsParts, StdioMessageWriter, openStdoutStream } from './stdioWriter.ts';

/** Serves LSP on this process's stdin and stdout until the client says exit or goes away. */
export function startLanguageServer(product: { version: string }): void {
  const writer = new StdioMessageWriter(openStdoutStream());
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    writer,
  );
  // stdout carries the protocol: anything logged goes to the client's log instead.
  console.log = console.info = (...a: unknown[]) => connection.console.info(format(...a));
  console.warn = (...a: unknown[]) => connection.console.warn(format(...a));
  console.error = (...a: unknown[]) => connection.console.error(format(...a));
  const server = startServer(connection, product, (uri, version, parts) =>
    writer.writeParts(publishDiagnosticsParts(uri, version, parts)),
  );
  // The client closed our stdin without `exit` (it crashed or was killed): stop too.
  const gone = () => process.exit(server.shutdownReceived() ? 0 : 1);
  process.stdin.on('end', gone);
  process.stdin.on('close', gone);
  connection.listen();
}
