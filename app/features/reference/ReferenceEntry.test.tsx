import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalogue } from '../../../src/index.ts';
import { ReferenceEntry } from './ReferenceEntry.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** The text of the "Velero versions" fact of one catalogue entry, as the Reference shows it. */
function versionsOf(code: string): string | null | undefined {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  const entry = diagnosticCatalogue.find((e) => e.code === code)!;
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(<ReferenceEntry entry={entry} current={false} />));
  const terms = [...container.querySelectorAll('dt')];
  const text = terms.find((t) => t.textContent === 'Velero versions')?.nextElementSibling
    ?.textContent;
  act(() => root.unmount());
  return text;
}

describe('ReferenceEntry', () => {
  it.each([
    ['tracker-record-index-mismatch', '1.16.2–1.17.2'],
    ['wait-for-ready-ignored', '1.10.0–1.12.4'],
    ['exec-hook-container-missing', 'every supported release'],
  ])('shows the releases %s applies to: %s', (code, versions) => {
    expect(versionsOf(code)).toBe(versions);
  });
});
