import type {
  Diagnostic,
  DiagnosticData,
  DiagnosticEntry,
  Fix,
  Range,
  Severity,
} from '../../diagnostics/diagnostic.ts';
import type { JsonPath } from '../../model/types.ts';
import type { Plan } from '../../velero/plan.ts';
import type { Manifests, PodTarget } from '../../velero/pods.ts';
import type { RestoreModel } from '../../velero/restore.ts';
import type { NodePart } from '../../yaml/locate.ts';
import { findRange, type SourceFile } from '../../yaml/source.ts';

/** A place in the input: a file, a document, a logical path, and which part of the entry. */
export interface At {
  file: string;
  document: number;
  path: JsonPath;
  part?: NodePart;
}

/** Where the Restore came from: a document of the Restore editor/file or of the manifests. */
export interface RestoreSource {
  file: string;
  document: number;
  /** Path of the Restore object within its document ([] or ['items', i]). */
  path: JsonPath;
}

/** Everything a check may read. Checks never change it. */
export interface RuleContext {
  files: readonly SourceFile[];
  manifests: Manifests;
  restore: RestoreModel;
  /** null when the default Restore is used (none was given). */
  restoreSource: RestoreSource | null;
  /**
   * The file a Restore belongs in when a fix has to write one: the Restore input (even one holding
   * no Restore), else `AnalyzeInput.newRestoreFile`; null: the manifests (their Restore is used).
   */
  restoreFile: string | null;
  plan: Plan;
  /** A place in a pod (a path relative to its pod-shaped object: metadata, spec). */
  podAt: (target: PodTarget, path: JsonPath, part?: NodePart) => At;
  /** A place in the Restore; null when the default Restore is used. */
  restoreAt: (path: JsonPath, part?: NodePart) => At | null;
  /** The source file of a place (for reading raw text, e.g. a scalar's quoting style). */
  file: (name: string) => SourceFile | undefined;
}

export interface ReportExtras {
  severity?: Severity;
  related?: { at: At; message: string }[];
  /** Edits at places (one file), or a ready Fix (ranges already computed; may span files). */
  fix?: { title: string; edits: { at: At; text: string }[] } | Fix;
}

export type Report<D extends DiagnosticData> = (at: At, data: D, extras?: ReportExtras) => void;

/** One check: its registry entry (the stable code) and the function that finds it. */
export interface Rule<D extends DiagnosticData = DiagnosticData> {
  entry: DiagnosticEntry<D>;
  /** Finds the problems and reports each one (a method, so rules of any data type share one list type). */
  check(ctx: RuleContext, report: Report<D>): void;
}

/** Declares a rule with its data type inferred. */
/*#__NO_SIDE_EFFECTS__*/
export function defineRule<D extends DiagnosticData>(rule: Rule<D>): Rule<D> {
  return rule;
}

/** Runs one rule and renders what it reports into diagnostics with exact ranges. */
export function runRule<D extends DiagnosticData>(rule: Rule<D>, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (rule.entry.appliesTo && !rule.entry.appliesTo(ctx.plan.version.behaviours)) return out;
  const rangeAt = (at: At): Range => {
    const file = ctx.file(at.file);
    return file
      ? findRange(file, at.document, at.path, at.part ?? 'value')
      : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  };
  rule.check(ctx, (at, data, extras) => {
    // Every key written out, no spread: thousands of diagnostics then share one hidden class
    // (model/objects.ts says why that matters).
    const diagnostic: Diagnostic = {
      file: at.file,
      document: at.document,
      range: rangeAt(at),
      code: rule.entry.code,
      severity: extras?.severity ?? rule.entry.severity,
      message: rule.entry.message(data),
      data,
      path: at.path,
    };
    if (extras?.related)
      diagnostic.related = extras.related.map((r) => ({
        file: r.at.file,
        document: r.at.document,
        range: rangeAt(r.at),
        message: r.message,
      }));
    if (extras?.fix) {
      const fix = extras.fix;
      diagnostic.fix =
        'file' in fix
          ? fix
          : {
              title: fix.title,
              file: fix.edits[0]?.at.file ?? at.file,
              edits: fix.edits.map((e) => ({ range: rangeAt(e.at), text: e.text })),
            };
    }
    out.push(diagnostic);
  });
  return out;
}
