/**
 * The language server end to end over stdio, as an editor drives it: initialize, open, diagnostics at
 * the CLI's positions, change, a quick fix applied, hovers, the Velero version from the client, the
 * workspace's Restore, a quick fix that edits the pod and the workspace's Restore, shutdown and exit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cliSandbox } from '../testing/cli.ts';
import { useLspClient, type LspClient } from '../testing/lsp.ts';
import { postgresPod } from '../testing/workloads.ts';

const POD = postgresPod(
  `post.hook.restore.velero.io/command: '["/bin/sh", "-c", "pg_dump"]'`,
  'post.hook.restore.velero.io/on-error: fail',
  'post.hook.restore.velero.io/wait-for-ready: "true"',
);

const RESTORE = `apiVersion: velero.io/v1
kind: Restore
metadata: {name: nightly, namespace: velero}
spec:
  backupName: nightly
  hooks:
    resources:
    - name: warm
      includedNamespaces: [prod]
      postHooks:
      - exec:
          container: postgres
          command: [/bin/sh, -c, "true"]
`;

const at = (line: number, character: number) => ({ line, character });
const shape = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, range: d.range }));
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

function open(client: LspClient, uri: string, text: string, languageId = 'yaml') {
  return client.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId, version: 1, text },
  });
}

function hover(client: LspClient, uri: string, line: number, character: number) {
  return client.connection.sendRequest<Hover | null>('textDocument/hover', {
    textDocument: { uri },
    position: at(line, character),
  });
}

describe('restore-hooks lsp: one editing session', () => {
  const sandbox = cliSandbox('restore-hooks-lsp-');
  const uri = pathToFileURL(join(sandbox.dir, 'pod.yaml')).href;
  // Ends the server whatever happened; the last test checks the orderly exit.
  const client = useLspClient(pathToFileURL(sandbox.dir).href);

  it('publishes the diagnostics of check, at the same positions', async () => {
    await open(client(), uri, POD);
    const diagnostics = await client().diagnostics(uri);
    expect(shape(diagnostics)).toEqual([
      {
        code: 'exec-hook-no-wait-timeout',
        range: { start: at(6, 4), end: at(6, 39) },
      },
      { code: 'on-error-invalid', range: { start: at(7, 42), end: at(7, 46) } },
    ]);
    // The CLI on the same text: 1-based lines and columns, the same end-exclusive ranges.
    sandbox.write('pod.yaml', POD);
    const cli = JSON.parse((await sandbox.run('check', '--format', 'json', 'pod.yaml')).stdout) as {
      code: string;
      message: string;
      range: { start: { line: number; column: number }; end: { line: number; column: number } };
    }[];
    expect(diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range }))).toEqual(
      cli.map((d) => ({
        code: d.code,
        message: d.message,
        range: {
          start: at(d.range.start.line - 1, d.range.start.column - 1),
          end: at(d.range.end.line - 1, d.range.end.column - 1),
        },
      })),
    );
  }, 30_000);

  it('re-analyses a change (debounced) and publishes for the new version', async () => {
    await client().connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: at(5, 0), end: at(5, 0) }, text: '  labels: {app: db}\n' },
      ],
    });
    const diagnostics = await client().diagnostics(uri, (p) => p.version === 2);
    expect(shape(diagnostics)).toEqual([
      {
        code: 'exec-hook-no-wait-timeout',
        range: { start: at(7, 4), end: at(7, 39) },
      },
      { code: 'on-error-invalid', range: { start: at(8, 42), end: at(8, 46) } },
    ]);
  }, 30_000);

  it('hovers a marker with its catalogue entry and a hook annotation key with its meaning', async () => {
    const onMarker = markdown(await hover(client(), uri, 8, 44));
    expect(onMarker).toContain('`on-error-invalid`');
    expect(onMarker).toContain('**on-error is not exactly "Continue" or "Fail"**');
    expect(onMarker).toContain('**Velero source.** internal/hook/item_hook_handler.go');
    expect(onMarker).toContain('**Fix.** Write exactly Continue or Fail.');

    const onKey = await hover(client(), uri, 8, 20);
    expect(markdown(onKey)).toContain('`Continue` or `Fail`, case-sensitive');
    expect(onKey?.range).toEqual({ start: at(8, 4), end: at(8, 40) });
    expect(await hover(client(), uri, 1, 2)).toBeNull();
  });

  it('offers the engine’s fix as a code action whose edit repairs the text', async () => {
    const actions = await client().connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at(8, 43), end: at(8, 43) },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Change to Fail', 'quickfix']]);
    const edits = actions[0]!.edit!.changes![uri] as TextEdit[];
    const before = TextDocument.create(
      uri,
      'yaml',
      2,
      POD.replace('  annotations:', '  labels: {app: db}\n  annotations:'),
    );
    const fixed = TextDocument.applyEdits(before, edits);
    expect(fixed.split('\n')[8]).toBe('    post.hook.restore.velero.io/on-error: "Fail"');

    await client().connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: fixed }],
    });
    const after = await client().diagnostics(uri, (p) => p.version === 3);
    expect(codes(after)).toEqual(['exec-hook-no-wait-timeout']);
  }, 30_000);

  it('leaves YAML that holds no pods, workloads or Restores alone', async () => {
    const other = pathToFileURL(join(sandbox.dir, 'workflow.yaml')).href;
    await open(client(), other, 'on: push\njobs:\n  test: {runs-on: ubuntu-latest\n');
    expect(await client().diagnostics(other)).toEqual([]);
  }, 30_000);

  it('shuts down and exits with 0', async () => {
    expect(await client().stop()).toBe(0);
  }, 30_000);
});

describe('restore-hooks lsp: the Velero version and the workspace Restore', () => {
  const sandbox = cliSandbox('restore-hooks-lsp-ws-');
  mkdirSync(join(sandbox.dir, 'apps'));
  writeFileSync(join(sandbox.dir, 'restore.yaml'), RESTORE);
  const uri = pathToFileURL(join(sandbox.dir, 'apps', 'pod.yaml')).href;
  const restoreUri = pathToFileURL(join(sandbox.dir, 'restore.yaml')).href;
  const client = useLspClient(pathToFileURL(sandbox.dir).href, { veleroVersion: '1.12' });

  it('uses the Restore found in the workspace and the version of initializationOptions', async () => {
    await open(client(), uri, POD);
    const diagnostics = await client().diagnostics(uri);
    expect(codes(diagnostics)).toEqual([
      'annotation-overrides-spec-hooks',
      'exec-hook-no-wait-timeout',
      'on-error-invalid',
      'wait-for-ready-ignored',
    ]);
    // The Restore's hook is a related place in the Restore's own file.
    expect(diagnostics[0]!.relatedInformation?.[0]?.location).toEqual({
      uri: restoreUri,
      range: { start: at(10, 8), end: at(10, 12) },
    });
  }, 30_000);

  it('re-reads restoreHooks.veleroVersion on didChangeConfiguration', async () => {
    client().setSettings({ veleroVersion: '1.18' });
    await client().connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {},
    });
    const diagnostics = await client().diagnostics(
      uri,
      (p) => !codes(p.diagnostics).includes('wait-for-ready-ignored'),
    );
    expect(codes(diagnostics)).toContain('annotation-overrides-spec-hooks');

    client().setSettings({ veleroVersion: '0.9' });
    await client().connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {},
    });
    await client().diagnostics(uri, (p) => codes(p.diagnostics).includes('wait-for-ready-ignored'));
    expect(client().messages.join('\n')).toContain(
      'restore-hooks: restoreHooks.veleroVersion "0.9": unknown Velero version',
    );
  }, 30_000);

  it('prefers an open Restore document over its file on disk', async () => {
    await open(client(), restoreUri, RESTORE.replace('[prod]', '[staging]'));
    const diagnostics = await client().diagnostics(
      uri,
      (p) => !codes(p.diagnostics).includes('annotation-overrides-spec-hooks'),
    );
    expect(codes(diagnostics)).toEqual([
      'exec-hook-no-wait-timeout',
      'on-error-invalid',
      'wait-for-ready-ignored',
    ]);
  }, 30_000);

  it('goes back to the file when the Restore document closes, and follows watched files', async () => {
    await client().connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: restoreUri },
    });
    await client().diagnostics(uri, (p) =>
      codes(p.diagnostics).includes('annotation-overrides-spec-hooks'),
    );
    // A Restore appears beside the pod: nearer than the one above, so it wins.
    const nearUri = pathToFileURL(join(sandbox.dir, 'apps', 'restore.json')).href;
    writeFileSync(
      join(sandbox.dir, 'apps', 'restore.json'),
      JSON.stringify({
        apiVersion: 'velero.io/v1',
        kind: 'Restore',
        metadata: { name: 'near' },
        spec: { hooks: { resources: [{ name: 'other', includedNamespaces: ['staging'] }] } },
      }),
    );
    await client().connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: nearUri, type: 1 }],
    });
    await client().diagnostics(
      uri,
      (p) => !codes(p.diagnostics).includes('annotation-overrides-spec-hooks'),
    );
    expect(client().messages).toContain(
      'restore-hooks: apps/pod.yaml: Restore from apps/restore.json',
    );
  }, 30_000);

  it('exits (with 1: no shutdown) when the client() goes away', async () => {
    expect(await client().hangUp()).toBe(1);
  }, 30_000);
});

describe('restore-hooks lsp: a quick fix that edits two files', () => {
  const sandbox = cliSandbox('restore-hooks-lsp-move-');
  const restoreText = RESTORE.replace('backupName: nightly', 'backupName: nightly # keep');
  writeFileSync(join(sandbox.dir, 'restore.yaml'), restoreText);
  const uri = pathToFileURL(join(sandbox.dir, 'db.yaml')).href;
  const restoreUri = pathToFileURL(join(sandbox.dir, 'restore.yaml')).href;
  const pod = `apiVersion: v1
kind: Pod
metadata:
  name: db
  namespace: prod
  labels: {app: db}
  annotations:
    init.hook.restore.velero.io/container-image: busybox
    init.hook.restore.velero.io/command: '["rm", "-f", "/data/postmaster.pid"]'
spec:
  containers:
  - name: postgres
    image: postgres:16
    volumeMounts: [{name: data, mountPath: /data}]
  volumes: [{name: data, emptyDir: {}}]
`;
  const client = useLspClient(pathToFileURL(sandbox.dir).href);

  it('moves the init hook: one code action whose WorkspaceEdit changes the pod and the Restore', async () => {
    await open(client(), uri, pod);
    const diagnostics = await client().diagnostics(uri);
    expect(codes(diagnostics)).toContain('init-annotation-uses-mounted-path');
    const actions = await client().connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at(8, 50), end: at(8, 50) },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    expect(actions.map((a) => a.title)).toEqual([
      "Move this init hook to the Restore's spec.hooks",
    ]);
    const changes = actions[0]!.edit!.changes!;
    expect(Object.keys(changes).sort()).toEqual([uri, restoreUri].sort());

    const fixedPod = TextDocument.applyEdits(
      TextDocument.create(uri, 'yaml', 1, pod),
      changes[uri]!,
    );
    const fixedRestore = TextDocument.applyEdits(
      TextDocument.create(restoreUri, 'yaml', 1, restoreText),
      changes[restoreUri]!,
    );
    expect(fixedPod).toBe(pod.replace(/ {2}annotations:\n.*\n.*\n/, ''));
    expect(fixedRestore.startsWith(restoreText)).toBe(true);
    expect(fixedRestore.slice(restoreText.length)).toContain('    - name: db-init\n');

    await open(client(), restoreUri, fixedRestore);
    await client().connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixedPod }],
    });
    const after = await client().diagnostics(uri, (p) => p.version === 2);
    expect(codes(after)).not.toContain('init-annotation-uses-mounted-path');
    expect(codes(after)).not.toContain('annotation-overrides-spec-hooks');
  }, 30_000);
});
