import { Suspense, useId, type KeyboardEvent } from 'react';
import { selectResultTab } from '../../state/viewSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { resultTabs } from './tabs.ts';

/** The results side: one tab per view of what Velero will do (keyboard: arrows move between tabs). */
export function ResultsPanel() {
  const active = useDesignerStore(selectResultTab);
  const setActive = useDesignerStore((s) => s.showResultTab);
  const baseId = useId();
  if (resultTabs.length === 0) return null;
  const current = resultTabs.find((t) => t.id === active) ?? resultTabs[0]!;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = resultTabs.indexOf(current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = resultTabs[(index + step + resultTabs.length) % resultTabs.length]!;
    setActive(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  };
  return (
    <section className="results panel" aria-label="Results">
      <div className="tabs" role="tablist" aria-label="Results" onKeyDown={onKeyDown}>
        {resultTabs.map((tab) => (
          <button
            key={tab.id}
            id={`${baseId}-tab-${tab.id}`}
            role="tab"
            type="button"
            className="tabs__tab"
            aria-selected={tab.id === current.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        className="results__body"
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${current.id}`}
        tabIndex={current.focusablePanel ? 0 : undefined}
      >
        <Suspense fallback={<p className="results__loading">Loading…</p>}>
          <current.Component />
        </Suspense>
      </div>
    </section>
  );
}
