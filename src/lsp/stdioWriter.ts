/**
 * LSP's base protocol on stdout, written without blocking: Node makes process.stdout synchronous
 * for pipes on Linux, so a 2 MB publishDiagnostics would stall the server until the editor has read
 * it all. A message can also be given as JSON text in parts (diagnostics the worker serialised), so
 * the server's thread never stringifies a large message.
 */
import { fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import {
  AbstractMessageWriter,
  type Message,
  type MessageWriter,
} from 'vscode-languageserver/node';

/** A non-blocking stream on fd 1 when it is a pipe or socket; process.stdout otherwise (a file, a TTY). */
export function openStdoutStream(): NodeJS.WritableStream {
  try {
    const stat = fstatSync(1);
    if (stat.isFIFO() || stat.isSocket())
      return new Socket({ fd: 1, readable: false, writable: true });
  } catch {
    // fall through
  }
  return process.stdout;
}

/** Writes messages in order, each as `Content-Length` header and UTF-8 JSON. */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (err: unknown) => this.fireError(err));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    this.writeParts([JSON.stringify(msg)]);
    return Promise.resolve();
  }

  /** Writes one message whose JSON text is the concatenation of `parts`. */
  writeParts(parts: readonly string[]): void {
    let length = 0;
    for (const p of parts) length += Buffer.byteLength(p, 'utf8');
    this.out.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
    for (const p of parts) this.out.write(p, 'utf8');
  }

  end(): void {
    this.out.end();
  }
}

/** The parts of a publishDiagnostics notification whose diagnostics are already JSON parts. */
export function publishDiagnosticsParts(
  uri: string,
  version: number,
  diagnosticParts: readonly string[],
): string[] {
  const head = `{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(uri)},"version":${version},"diagnostics":[`;
  const parts = [head];
  diagnosticParts.forEach((p, i) => parts.push(i === 0 ? p : ',' + p));
  parts.push(']}}');
  return parts;
}
