import { Suspense, useEffect, useId, type KeyboardEvent } from 'react';
import { selectResultTab } from '../../state/viewSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { resultTabs } from './tabs.ts';

/**
 * The results side: one tab per view of what Velero will do. Keyboard: arrows, Home and End move
 * between the tabs; Alt+Shift+1 to 6 open a tab from anywhere on the page (Alt+digit alone is the
 * browser's on Linux, and Ctrl+digit everywhere).
 */
export function ResultsPanel() {
  const active = useDesignerStore(selectResultTab);
  const setActive = useDesignerStore((s) => s.showResultTab);
  const baseId = useId();
  useEffect(() => {
    const onShortcut = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      const tab = digit ? resultTabs[Number(digit) - 1] : undefined;
      if (!tab) return;
      event.preventDefault();
      setActive(tab.id);
      document.getElementById(`${baseId}-tab-${tab.id}`)?.focus();
    };
    addEventListener('keydown', onShortcut, { capture: true });
    return () => removeEventListener('keydown', onShortcut, { capture: true });
  }, [baseId, setActive]);
  if (resultTabs.length === 0) return null;
  const current = resultTabs.find((t) => t.id === active) ?? resultTabs[0]!;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = resultTabs.indexOf(current);
    const last = resultTabs.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % resultTabs.length,
      ArrowLeft: (index + last) % resultTabs.length,
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = resultTabs[to]!;
    setActive(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  };
  return (
    <section className="results panel" aria-label="Results">
      <div className="tabs" role="tablist" aria-label="Results" onKeyDown={onKeyDown}>
        {resultTabs.map((tab, i) => (
          <button
            key={tab.id}
            id={`${baseId}-tab-${tab.id}`}
            role="tab"
            type="button"
            className="tabs__tab"
            aria-selected={tab.id === current.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            aria-keyshortcuts={`Alt+Shift+${i + 1}`}
            title={`${tab.label} (Alt+Shift+${i + 1})`}
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
