import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpReactRoot } from '../../../testing/reactRoot.ts';
import { TextField } from './TextField.tsx';

const dom = setUpReactRoot();

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
        dom.root.render(
          <TextField label="Image" value={value} onCommit={(v) => (commits.push(v), true)} />,
        ),
      );
    render('busybox');
    const input = dom.container.querySelector('input')!;
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
    act(() => dom.root.render(<TextField label="Image" value="" onCommit={() => false} />));
    const input = dom.container.querySelector('input')!;
    act(() => input.focus());
    type(input, 'x');
    expect(dom.container.textContent).toContain(
      'Not written: this YAML document does not parse here.',
    );
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
  });
});
