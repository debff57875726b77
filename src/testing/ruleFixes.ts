import { analyze } from '../analyze.ts';
import type { Fix } from '../diagnostics/diagnostic.ts';

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
