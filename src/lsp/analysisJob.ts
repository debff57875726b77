/**
 * One analysis of one open document, as `restore-hooks check --restore R FILE` would run it: the
 * same engine call, so the same diagnostics at the same positions. Runs in the worker (or
 * in-process), and hands back LSP diagnostics already as JSON text in parts, so the server's
 * thread neither converts nor serialises thousands of them at once.
 */
import { analyze, resolveVeleroVersion, type NamedText } from '../index.ts';
import { toLspDiagnostic } from './convert.ts';

export interface AnalysisJob {
  id: number;
  document: NamedText;
  /** The workspace's Restore for this document; null when it holds its own or none was found. */
  restore: NamedText | null;
  /** The URI of each file name above. */
  uris: Record<string, string>;
  /** A version name that resolves (checked when the setting was read). */
  veleroVersion: string;
}

export interface AnalysisOutcome {
  id: number;
  /**
   * The LSP diagnostics located in the document (those in the Restore's file belong to its own
   * analysis), as JSON array elements joined by commas, PART_SIZE diagnostics a part.
   */
  parts: string[];
  count: number;
  /** Whether the document holds pods, workloads or Restores (otherwise it gets no diagnostics). */
  relevant: boolean;
  /** Engine time in milliseconds. */
  ms: number;
}

/** Diagnostics per JSON part: small enough to parse in a few milliseconds. */
export const PART_SIZE = 200;

// A document that says it is one of the kinds the engine reads, even when it does not parse (yet).
const KINDS =
  'Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|ReplicationController|Job|CronJob|List|Restore';
const KIND = new RegExp(
  `^[\\s-]*["']?kind["']?\\s*:\\s*["']?(${KINDS})["']?\\s*,?\\s*$|"kind"\\s*:\\s*"(${KINDS})"`,
  'm',
);

/** Runs the engine on one job; never throws on bad input (the engine does not). */
export function runAnalysisJob(job: AnalysisJob): AnalysisOutcome {
  const started = performance.now();
  const version = resolveVeleroVersion(job.veleroVersion).version;
  const analysis = analyze({
    manifests: [job.document],
    restore: job.restore,
    ...(version ? { veleroVersion: version } : {}),
  });
  const ms = performance.now() - started;
  const own = (file: string) => file === job.document.name;
  const relevant =
    analysis.manifests.pods.some((p) => own(p.ref.file)) ||
    analysis.manifests.restores.some((r) => own(r.ref.file)) ||
    KIND.test(job.document.text);
  const uriOf = (file: string) => job.uris[file] ?? job.uris[job.document.name]!;
  const diagnostics = relevant
    ? analysis.diagnostics.filter((d) => own(d.file)).map((d) => toLspDiagnostic(d, uriOf))
    : [];
  const parts: string[] = [];
  for (let i = 0; i < diagnostics.length; i += PART_SIZE) {
    parts.push(JSON.stringify(diagnostics.slice(i, i + PART_SIZE)).slice(1, -1));
  }
  return { id: job.id, parts, count: diagnostics.length, relevant, ms };
}
