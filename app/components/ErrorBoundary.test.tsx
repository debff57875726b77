import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let broken = true;
function Fragile() {
  if (broken) throw new Error('cannot read properties of undefined');
  return <p>working again</p>;
}

describe('ErrorBoundary', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.restoreAllMocks();
  });

  it('shows what broke with Try again, Reload and Reset, and recovers on Try again', () => {
    broken = true;
    act(() =>
      root.render(
        <ErrorBoundary area="the results">
          <Fragile />
        </ErrorBoundary>,
      ),
    );
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Something broke in the results');
    expect(alert?.textContent).toContain('Error: cannot read properties of undefined');
    expect(alert?.textContent).toContain('Your texts are safe');
    const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(expect.arrayContaining(['Try again', 'Reload', 'Reset']));

    broken = false;
    const retry = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Try again',
    );
    act(() => retry?.click());
    expect(container.textContent).toBe('working again');
  });
});
