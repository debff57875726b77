import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalogue } from '../../../src/index.ts';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { ReferenceEntry } from './ReferenceEntry.tsx';

describe('ReferenceEntry', () => {
  const dom = setUpReactRoot();

  /** The text of the "Velero versions" fact of one catalogue entry, as the Reference shows it. */
  function versionsOf(code: string): string | null | undefined {
    const entry = diagnosticCatalogue.find((e) => e.code === code)!;
    act(() => dom.root.render(<ReferenceEntry entry={entry} current={false} />));
    const terms = [...dom.container.querySelectorAll('dt')];
    return terms.find((t) => t.textContent === 'Velero versions')?.nextElementSibling?.textContent;
  }

  it.each([
    ['tracker-record-index-mismatch', '1.16.2–1.17.2'],
    ['wait-for-ready-ignored', '1.10.0–1.12.4'],
    ['exec-hook-container-missing', 'every supported release'],
  ])('shows the releases %s applies to: %s', (code, versions) => {
    expect(versionsOf(code)).toBe(versions);
  });
});
