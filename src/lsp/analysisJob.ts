/**
 * One analysis of one open document, as `restore-hooks check --restore R FILE` would run it: the
 * same engine call, so the same diagnostics at the same positions. Runs in the worker (or in-process).
 */
import { analyze, resolveVeleroVersion, type Diagnostic, type NamedText } from '../index.ts';

export interface AnalysisJob {
  id: number;
  document: NamedText;
  /** The workspace's Restore for this document; null when it holds its own or none was found. */
  restore: NamedText | null;
  /** A version name that resolves (checked when the setting was read). */
  veleroVersion: string;
}

export interface AnalysisOutcome {
  id: number;
  /** The diagnostics located in the document (those in the Restore's file belong to its own analysis). */
  diagnostics: Diagnostic[];
  /** Whether the document holds pods, workloads or Restores (otherwise it gets no diagnostics). */
  relevant: boolean;
  /** Engine time in milliseconds. */
  ms: number;
}

// A document that says it is one of the kinds the engine reads, even when it does not parse (yet).
const KIND =
  /^[\s-]*["']?kind["']?\s*:\s*["']?(Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|ReplicationController|Job|CronJob|List|Restore)["']?\s*,?\s*$/m;

/** Runs the engine on one job; never throws on bad input (the engine does not). */
export function runAnalysisJob(job: AnalysisJob): AnalysisOutcome {
  const started = performance.now();
  const version = resolveVeleroVersion(job.veleroVersion).version;
  const analysis = analyze({
    manifests: [job.document],
    restore: job.restore,
    ...(version ? { veleroVersion: version } : {}),
  });
  const own = (file: string) => file === job.document.name;
  const relevant =
    analysis.manifests.pods.some((p) => own(p.ref.file)) ||
    analysis.manifests.restores.some((r) => own(r.ref.file)) ||
    KIND.test(job.document.text);
  return {
    id: job.id,
    diagnostics: relevant ? analysis.diagnostics.filter((d) => own(d.file)) : [],
    relevant,
    ms: performance.now() - started,
  };
}
