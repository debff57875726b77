import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUpReactRoot } from '../testing/reactRoot.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('cannot read properties of undefined');
  return <p>working again</p>;
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const dom = setUpReactRoot();

  it('shows what broke with Try again, Reload and Reset, and recovers on Try again', () => {
    broken = true;
    act(() =>
      dom.root.render(
        <ErrorBoundary area="the results">
          <Fragile />
        </ErrorBoundary>,
      ),
    );
    const alert = dom.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Something broke in the results');
    expect(alert?.textContent).toContain('Error: cannot read properties of undefined');
    expect(alert?.textContent).toContain('Your texts are safe');
    const buttons = [...dom.container.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(expect.arrayContaining(['Try again', 'Reload', 'Reset']));

    broken = false;
    const retry = [...dom.container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Try again',
    );
    act(() => retry?.click());
    expect(dom.container.textContent).toBe('working again');
  });
});
