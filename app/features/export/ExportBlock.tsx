import { useId, useMemo, type ReactNode } from 'react';
import type { Generated } from '../../../src/index.ts';
import { copyText } from './clipboard.ts';
import { downloadText } from './download.ts';
import { buildPreview } from './preview.ts';
import { formatNumber } from '../../components/formatNumber.ts';

interface ExportBlockProps {
  title: string;
  description?: ReactNode;
  /** What to show and offer; an error shows the generator's refusal instead. */
  content: Generated<string>;
  /** The refusal's problems in words (see describeProblem). */
  describe: (problem: Extract<Generated<string>, { kind: 'error' }>['problems'][number]) => string;
  fileName: string;
  mimeType: string;
  /** Announces the outcome of Copy (an aria-live region of the tab). */
  announce: (message: string) => void;
  /**
   * A longer text is not previewed: for the live Manifests text, reading its first lines copies
   * all of a 4 MB text (Monaco hands it over in pieces) at every keystroke.
   */
  previewUpTo?: number;
}

/** One exportable text with Copy and Download, or why it cannot be generated. */
export function ExportBlock({
  title,
  description,
  content,
  describe,
  fileName,
  mimeType,
  announce,
  previewUpTo = Infinity,
}: ExportBlockProps) {
  const headingId = useId();
  const ok = content.kind === 'ok';
  const text = content.kind === 'ok' ? content.value : '';
  const preview = useMemo(
    () => (text.length > previewUpTo ? null : buildPreview(text)),
    [text, previewUpTo],
  );
  const copy = async () => {
    if (content.kind !== 'ok') return;
    announce((await copyText(content.value)) ? `Copied: ${title}` : `Could not copy ${title}`);
  };
  return (
    <section className="export-block" aria-labelledby={headingId}>
      <header className="export-block__header">
        <h3 id={headingId} className="export-block__title">
          {title}
        </h3>
        <div className="export-block__actions">
          <button
            type="button"
            className="rhd-button"
            disabled={!ok}
            onClick={() => void copy()}
            aria-label={`Copy ${title}`}
          >
            Copy
          </button>
          <button
            type="button"
            className="rhd-button"
            disabled={!ok}
            onClick={() => content.kind === 'ok' && downloadText(fileName, content.value, mimeType)}
            aria-label={`Download ${title} as ${fileName}`}
          >
            Download
          </button>
        </div>
      </header>
      {description ? <p className="export-block__description">{description}</p> : null}
      {content.kind === 'ok' && preview === null ? (
        <p className="export-block__more">
          {(text.length / 1024 / 1024).toFixed(1)} MB: too long to show here while you type; Copy
          and Download take all of it.
        </p>
      ) : null}
      {content.kind === 'ok' && preview !== null ? (
        <>
          <pre className="export-block__text" tabIndex={0} aria-label={title}>
            {preview.text}
          </pre>
          {preview.truncated ? (
            <p className="export-block__more">
              Showing the first {formatNumber(preview.shownLines)}
              {preview.lines === null
                ? ` lines of ${(text.length / 1024 / 1024).toFixed(1)} MB`
                : ` of ${formatNumber(preview.lines)} lines`}
              ; Copy and Download take all of it.
            </p>
          ) : null}
          {content.notes.length > 0 ? (
            <ul className="export-block__notes">
              {content.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {content.kind === 'error' ? (
        <div className="export-block__refusal" role="note">
          <p>This cannot be generated as Velero would read it back:</p>
          <ul>
            {content.problems.map((problem, i) => (
              <li key={i}>{describe(problem)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
