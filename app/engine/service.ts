// The engine behind the worker's messages: the worker (engine.worker.ts) only wires it to
// postMessage, so tests can run the page's client against it in-process.
import {
  backupNameOf,
  backupPodCounts,
  backupPodsYaml,
  compareVersions,
  countBackupPods,
  buildDesignerView,
  encodeShareFragment,
  parseSelectorText,
  createBackupReader,
  summarizeBackup,
  type BackupContents,
  MANIFESTS_FILE,
  redactSecretsIn,
  resolveVeleroVersion,
  RESTORE_FILE,
  type DesignerInput,
  type VersionComparison,
} from '../../src/index.ts';
import {
  syncedTextEntries,
  type CompareRequestInput,
  type EngineRequest,
  type BackupLoaded,
  type EngineResponse,
} from './protocol.ts';
import { MessageSplitter } from './splitMessage.ts';
import { TextReceiver } from './textSync.ts';

type EncodeRequest = Extract<EngineRequest, { kind: 'encode' }>;
type BackupRequest = Extract<EngineRequest, { kind: 'backup' }>;
type LoadRequest = Extract<EngineRequest, { kind: 'backup-load' }>;

/** The reader is fed this many compressed bytes at a time. */
const READ_CHUNK = 64 * 1024;

/** A backup read in the worker: its name and contents, kept until the next backup is opened. */
interface HeldBackup {
  name: string;
  contents: BackupContents;
}

/**
 * A handler of the page's requests, answering through `reply`. It holds its own copies of the
 * authored texts, kept in step by edits (see textSync.ts), and encodes autosaves and share links
 * from them, so the page never copies a large text to it.
 */
export function createEngineService(
  reply: (response: EngineResponse) => void,
): (request: EngineRequest) => void {
  const texts = new TextReceiver();
  // In slices, so the page deserialises a large result a few milliseconds at a time, and
  // without the items the page already holds from the previous result.
  const splitter = new MessageSplitter();

  const view = (id: number, rest: Omit<DesignerInput, 'manifests' | 'restore'>): void => {
    const started = performance.now();
    // The texts are the worker's copies, filled in below.
    const input: DesignerInput = { ...rest, manifests: '', restore: '' };
    for (const [key, name] of syncedTextEntries) input[key] = texts.get(name) ?? '';
    const result = buildDesignerView(input);
    for (const part of splitter.split({ id, view: result, ms: performance.now() - started }))
      reply(part);
  };

  const compare = (input: CompareRequestInput): VersionComparison | null => {
    const from = resolveVeleroVersion(input.from).version;
    const to = resolveVeleroVersion(input.to).version;
    if (!from || !to) return null;
    const restore = texts.get('restoreText') ?? '';
    return compareVersions({
      manifests: [{ name: MANIFESTS_FILE, text: texts.get('manifestsText') ?? '' }],
      restore: restore.trim() ? { name: RESTORE_FILE, text: restore } : null,
      scenarioText: texts.get('scenarioText') ?? '',
      scenarioEdits: input.scenarioEdits,
      from,
      to,
    });
  };

  let held: HeldBackup | null = null;

  /**
   * Reads the tarball chunk by chunk with the engine's streaming reader, reporting progress about
   * every half percent, so the page gets a few hundred small messages at most, whatever the size.
   */
  const readBackup = ({ id, fileName, bytes }: BackupRequest): void => {
    held = null;
    const totalBytes = bytes.byteLength;
    const all = new Uint8Array(bytes);
    const reader = createBackupReader({ totalBytes });
    const step = Math.max(READ_CHUNK, totalBytes / 200);
    let reported = 0;
    for (let at = 0; at < totalBytes && !reader.done; at += READ_CHUNK) {
      reader.push(all.subarray(at, at + READ_CHUNK));
      const { bytesRead } = reader.progress();
      if (bytesRead - reported < step && bytesRead < totalBytes) continue;
      reported = bytesRead;
      reply({ kind: 'backup-progress', id, bytesRead, totalBytes });
    }
    const contents = reader.finish();
    if (contents.kind === 'error') {
      reply({ kind: 'backup-read', id, result: { kind: 'error', message: contents.message } });
      return;
    }
    const name = backupNameOf(fileName);
    held = { name, contents };
    const result = {
      kind: 'backup' as const,
      name,
      fileName,
      summary: summarizeBackup(contents),
      podsByNamespace: backupPodCounts(contents),
    };
    reply({ kind: 'backup-read', id, result });
  };

  const loadBackup = ({
    namespaces,
    labelSelector,
    countOnly,
  }: LoadRequest): BackupLoaded | { error: string } | null => {
    if (!held) return null;
    const parsed = parseSelectorText(labelSelector);
    if ('error' in parsed) return { error: parsed.error };
    const choice = { namespaces, labels: parsed.selector };
    if (countOnly) return { text: '', pods: countBackupPods(held.contents, choice) };
    return backupPodsYaml(held.contents, held.name, choice);
  };

  const encode = ({ id, purpose, version, held, state: authored }: EncodeRequest): void => {
    const state: Record<string, unknown> = { ...authored };
    for (const name of held) state[name] = texts.get(name);
    if (!held.every((name) => typeof state[name] === 'string')) {
      reply({ kind: 'encoded', id, encoded: null });
    } else if (purpose === 'link') {
      const { value, redacted } = redactSecretsIn(state);
      reply({
        kind: 'encoded',
        id,
        encoded: { fragment: encodeShareFragment(value, version, 9), redacted },
      });
    } else {
      // zustand persist's shape, as autosave.ts reads it back; fast rather than smallest.
      const fragment = encodeShareFragment({ state, version }, version, 1);
      reply({ kind: 'encoded', id, encoded: { fragment, redacted: 0 } });
    }
  };

  return (request: EngineRequest): void => {
    if (request.kind === 'texts') {
      const failed = request.updates.filter(([name, update]) => !texts.apply(name, update));
      if (failed.length > 0) reply({ kind: 'out-of-step', names: failed.map(([name]) => name) });
    } else if (request.kind === 'view') {
      view(request.id, request.input);
    } else if (request.kind === 'compare') {
      reply({ kind: 'compared', id: request.id, comparison: compare(request.input) });
    } else if (request.kind === 'backup') {
      readBackup(request);
    } else if (request.kind === 'backup-load') {
      reply({ kind: 'backup-loaded', id: request.id, loaded: loadBackup(request) });
    } else {
      encode(request);
    }
  };
}
