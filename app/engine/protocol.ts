// The messages between the page (engineClient.ts) and the engine worker (engine.worker.ts).
import type {
  BackupSummary,
  DesignerInput,
  ScenarioEdit,
  VersionComparison,
} from '../../src/index.ts';
import type { Part } from './splitMessage.ts';
import type { TextUpdate } from './textSync.ts';

/**
 * The engine's inputs that are texts, each with the store field it comes from: the worker holds a
 * copy of each, kept in step by edits, under the store field's name.
 */
export const syncedTexts = {
  manifests: 'manifestsText',
  restore: 'restoreText',
  scenarioText: 'scenarioText',
} as const;

export type SyncedText = (typeof syncedTexts)[keyof typeof syncedTexts];

/** `syncedTexts` as `[input key, store field]` pairs. */
export const syncedTextEntries = Object.entries(syncedTexts) as [
  keyof typeof syncedTexts,
  SyncedText,
][];

/** The engine's input without its texts: those are the worker's copies. */
export type ViewRequestInput = Omit<DesignerInput, keyof typeof syncedTexts>;

/**
 * A version comparison of the worker's texts: the scenario edits and the two releases (names such
 * as `1.12.4` or `main`, in either order) compared with each other and every release between.
 */
export interface CompareRequestInput {
  scenarioEdits: readonly ScenarioEdit[];
  from: string;
  to: string;
}

export type EngineRequest =
  /** Updates of the worker's copies, in the order the texts changed. */
  | { kind: 'texts'; updates: [SyncedText, TextUpdate][] }
  | { kind: 'view'; id: number; input: ViewRequestInput }
  /** Plans and simulates the design at every release of a range (see compareVersions). */
  | { kind: 'compare'; id: number; input: CompareRequestInput }
  /**
   * Encodes a design (the authored state) with the link codec: for autosave as zustand's
   * `{ state, version }`, for a link with Secret values redacted and compressed hardest. The fields
   * `held` of `state` are missing from the message and taken from the worker's copies.
   */
  | {
      kind: 'encode';
      id: number;
      purpose: EncodePurpose;
      state: object;
      version: number;
      held: SyncedText[];
    }
  /**
   * Reads a backup tarball (its bytes transferred, not copied), answering with progress messages
   * and then `backup-read`. The worker keeps what it read (pods, workloads, counts) for
   * `backup-load`, replacing any backup it held before; the bytes themselves are let go.
   */
  | { kind: 'backup'; id: number; fileName: string; bytes: ArrayBuffer }
  /**
   * The held backup's pods in these namespaces (none: every namespace) whose labels match the
   * selector text (blank: any), as Manifests YAML; with `countOnly`, only how many (text '').
   */
  | {
      kind: 'backup-load';
      id: number;
      namespaces: string[];
      labelSelector: string;
      countOnly: boolean;
    };

export type EncodePurpose = 'autosave' | 'link';

/** A backup tarball the worker read and holds, ready for `backup-load`. */
export interface BackupOpened {
  kind: 'backup';
  /** The backup's name (`nightly` for `nightly-data.tar.gz`), as the loaded pods' comments say. */
  name: string;
  fileName: string;
  summary: BackupSummary;
  /** Backed-up pods per namespace, sorted: what loading each namespace brings. */
  podsByNamespace: { namespace: string; pods: number }[];
}

/** The pods of a backup as Manifests YAML ('' when only counted), and how many they are. */
export interface BackupLoaded {
  text: string;
  pods: number;
}

/** Why a tarball could not be read: one sentence, nothing else. */
export interface BackupRefused {
  kind: 'error';
  message: string;
}

export type EngineResponse =
  /** A part of a view result `{ id, view, ms }` (see splitMessage.ts). */
  | Part
  /** The encoded design and how many Secret values it redacted; null when a copy was missing. */
  | { kind: 'encoded'; id: number; encoded: Encoded | null }
  /** The comparison asked for; null when a release name is not one the engine knows. */
  | { kind: 'compared'; id: number; comparison: VersionComparison | null }
  /** How far reading a backup has come: compressed bytes read of the total. */
  | { kind: 'backup-progress'; id: number; bytesRead: number; totalBytes: number }
  | { kind: 'backup-read'; id: number; result: BackupOpened | BackupRefused }
  /** The pods asked for, why the selector is wrong, or null when no backup is held (anymore). */
  | { kind: 'backup-loaded'; id: number; loaded: BackupLoaded | { error: string } | null }
  /** These copies did not take their edits: the page sends them whole, then asks again. */
  | { kind: 'out-of-step'; names: SyncedText[] };

export interface Encoded {
  fragment: string;
  /** Secret values replaced by `<redacted>` (links only). */
  redacted: number;
}
