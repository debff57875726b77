import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextField } from './TextField.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** Types into a React-controlled input the way the browser does. */
function type(input: HTMLInputElement, value: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  act(() => {
    descriptor?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('TextField', () => {
  it('keeps what the user typed while the text catches up, then shows the text again', () => {
    const commits: string[] = [];
    const render = (value: string) =>
      act(() =>
        root.render(
          <TextField label="Image" value={value} onCommit={(v) => (commits.push(v), true)} />,
        ),
      );
    render('busybox');
    const input = host.querySelector('input')!;
    act(() => input.focus());
    type(input, 'busybox:1');
    type(input, 'busybox:1.3');
    expect(commits).toEqual(['busybox:1', 'busybox:1.3']);
    // The engine's view still says "busybox": the half-typed value is not overwritten.
    render('busybox');
    expect(input.value).toBe('busybox:1.3');
    act(() => input.blur());
    render('busybox:1.3');
    expect(input.value).toBe('busybox:1.3');
    render('alpine');
    expect(input.value).toBe('alpine');
  });

  it('says so when the text cannot take the value', () => {
    act(() => root.render(<TextField label="Image" value="" onCommit={() => false} />));
    const input = host.querySelector('input')!;
    act(() => input.focus());
    type(input, 'x');
    expect(host.textContent).toContain('Not written: this YAML document does not parse here.');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
  });
});
