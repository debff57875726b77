import { useEffect, useId, useMemo, useState } from 'react';
import { diagnosticCatalogue, type DiagnosticEntry } from '../../../src/index.ts';
import { ReferenceEntry, makeReferenceEntryId } from './ReferenceEntry.tsx';

function matches(entry: DiagnosticEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [entry.code, entry.title, entry.why, entry.fix].some((t) => t.toLowerCase().includes(q));
}

/** The catalogue entries with a filter; scrolls to and focuses `code`'s entry when mounted. */
export function ReferenceList({ code }: { code: string | null }) {
  const [query, setQuery] = useState('');
  const filterId = useId();
  const entries = useMemo(() => diagnosticCatalogue.filter((e) => matches(e, query)), [query]);

  useEffect(() => {
    if (!code) return;
    const target = document.getElementById(makeReferenceEntryId(code));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [code]);

  return (
    <>
      <div className="reference__tools">
        <label htmlFor={filterId}>Filter</label>
        <input
          id={filterId}
          type="search"
          className="reference__filter"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="code or words"
        />
        <span className="reference__count" aria-live="polite">
          {entries.length} of {diagnosticCatalogue.length} codes
        </span>
      </div>
      <div className="reference__body">
        {entries.map((entry) => (
          <ReferenceEntry key={entry.code} entry={entry} current={entry.code === code} />
        ))}
      </div>
    </>
  );
}
