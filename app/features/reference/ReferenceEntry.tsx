import { findReleaseRanges, type DiagnosticEntry } from '../../../src/index.ts';
import { SeverityLabel } from '../problems/SeverityLabel.tsx';

export function makeReferenceEntryId(code: string): string {
  return `reference-${code}`;
}

/** One catalogue entry: what it means, why Velero does it, where in Velero, how to fix it. */
export function ReferenceEntry({ entry, current }: { entry: DiagnosticEntry; current: boolean }) {
  return (
    <article
      className={current ? 'reference-entry reference-entry--current' : 'reference-entry'}
      aria-labelledby={`${makeReferenceEntryId(entry.code)}-title`}
    >
      <h3 id={`${makeReferenceEntryId(entry.code)}-title`} className="reference-entry__title">
        <span id={makeReferenceEntryId(entry.code)} tabIndex={-1} className="reference-entry__code">
          {entry.code}
        </span>
        <span>{entry.title}</span>
      </h3>
      <p className="reference-entry__severity">
        Default severity: <SeverityLabel severity={entry.severity} />
      </p>
      <dl className="reference-entry__facts">
        <dt>Why</dt>
        <dd>{entry.why}</dd>
        <dt>Fix</dt>
        <dd>{entry.fix}</dd>
        <dt>Velero source</dt>
        <dd>
          <code>{entry.source}</code>
        </dd>
        <dt>Velero versions</dt>
        <dd>
          {entry.appliesTo
            ? findReleaseRanges(entry.appliesTo).join(', ')
            : 'every supported release'}
        </dd>
      </dl>
    </article>
  );
}
