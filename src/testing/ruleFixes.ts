import { analyze, type AnalyzeInput } from '../analyze.ts';
import { fixFileEdits, type Fix } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../yaml/lineIndex.ts';

/**
 * For table tests of fixes: runs the engine like `findDiagnostics` and returns, for each diagnostic
 * with `code`, the text of the fixed file (null when the diagnostic offers no fix).
 */
export function fixedTexts(code: string, manifests: string, restore?: string): (string | null)[] {
  const analysis = analyze({
    manifests: [{ name: 'manifests.yaml', text: manifests }],
    restore: restore === undefined ? null : { name: 'restore.yaml', text: restore },
  });
  return analysis.diagnostics
    .filter((d) => d.code === code)
    .map((d) => {
      if (!d.fix) return null;
      const file = analysis.files.find((f) => f.name === d.fix?.file);
      return file ? applyFix(file.text, d.fix, (p) => file.lines.offset(p)) : null;
    });
}

/**
 * For table tests of fixes that may edit several files: runs the engine on `input` and returns,
 * for each diagnostic with `code`, every file after its fix (edited or not; a file the fix creates,
 * such as an empty Restore editor, starts empty), or null when it offers no fix.
 */
export function fixedFiles(code: string, input: AnalyzeInput): (Record<string, string> | null)[] {
  const analysis = analyze(input);
  const texts = Object.fromEntries(analysis.files.map((f) => [f.name, f.text]));
  return analysis.diagnostics
    .filter((d) => d.code === code)
    .map((d) => (d.fix ? applyFixToFiles(texts, d.fix) : null));
}

/** Applies every file's edits of a fix to `texts` (by file name; a missing file is empty). */
export function applyFixToFiles(
  texts: Readonly<Record<string, string>>,
  fix: Fix,
): Record<string, string> {
  const out = { ...texts };
  for (const { file, edits } of fixFileEdits(fix)) {
    const text = out[file] ?? '';
    const lines = new LineIndex(text);
    out[file] = applyFix(text, { title: fix.title, file, edits }, (p) => lines.offset(p));
  }
  return out;
}

/** Applies a fix's edits (non-overlapping) to a text, last edit first so offsets stay valid. */
export function applyFix(
  text: string,
  fix: Fix,
  offset: (p: { line: number; column: number }) => number,
): string {
  const edits = fix.edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.text }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
