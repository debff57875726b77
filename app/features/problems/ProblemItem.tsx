import { revealRange } from '../../editor/editorRegistry.ts';
import type { Diagnostic } from '../../../src/index.ts';
import { ExplainButton } from './ExplainButton.tsx';
import { editorOfFile, formatLocation } from './problems.ts';
import { SeverityLabel } from './SeverityLabel.tsx';

/** One diagnostic: activating it puts the cursor on it in its editor. */
export function ProblemItem({ diagnostic }: { diagnostic: Diagnostic }) {
  const editor = editorOfFile[diagnostic.file];
  const location = formatLocation(diagnostic);
  return (
    <li className={`problem problem--${diagnostic.severity}`}>
      <button
        type="button"
        className="problem__main"
        disabled={!editor}
        onClick={() => editor && revealRange(editor.path, diagnostic.range)}
      >
        <SeverityLabel severity={diagnostic.severity} />
        <span className="problem__message">{diagnostic.message}</span>
        <span className="problem__location">
          {location} · <span className="problem__code">{diagnostic.code}</span>
          {diagnostic.fix ? ` · quick fix: ${diagnostic.fix.title} (Ctrl+.)` : null}
        </span>
      </button>
      <ExplainButton code={diagnostic.code} />
    </li>
  );
}
