import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageAssembler, splitMessage, type Part } from './splitMessage.ts';

function assemble(parts: Part[]): unknown {
  const assembler = new MessageAssembler();
  const results = parts.map((p) => assembler.add(p));
  expect(results.slice(0, -1).every((r) => !r.done)).toBe(true);
  const last = results.at(-1);
  return last?.done ? last.value : undefined;
}

describe('splitMessage', () => {
  it('sends long arrays in slices, nested ones too, and leaves the input alone', () => {
    const view = {
      diagnostics: Array.from({ length: 7 }, (_, i) => ({ code: `c${i}` })),
      diff: { full: { original: 'text', blocks: [1, 2, 3, 4, 5] }, hooksOnly: { blocks: [1] } },
      pods: [{ name: 'a', containers: ['x'] }],
    };
    const before = structuredClone(view);
    const parts = splitMessage(view, 3);
    expect(parts[0]).toEqual({
      kind: 'skeleton',
      value: {
        ...view,
        diagnostics: [],
        diff: { ...view.diff, full: { original: 'text', blocks: [] } },
      },
      slices: 5,
    });
    expect(parts.slice(1).map((p) => p.kind === 'slice' && p.path.join('.'))).toEqual([
      'diagnostics',
      'diagnostics',
      'diagnostics',
      'diff.full.blocks',
      'diff.full.blocks',
    ]);
    expect(assemble(parts)).toEqual(view);
    expect(view).toEqual(before);
  });

  it('keeps a __proto__ key an own property', () => {
    const view = JSON.parse('{"__proto__": {"list": [1, 2, 3, 4]}}') as unknown;
    const whole = assemble(splitMessage(view, 2).map((p) => structuredClone(p)));
    expect(whole).toEqual(view);
    expect(Object.getPrototypeOf(whole)).toBe(Object.prototype);
  });

  it('sends a small value as one part', () => {
    expect(splitMessage({ a: [1, 2] }, 3)).toEqual([
      { kind: 'skeleton', value: { a: [1, 2] }, slices: 0 },
    ]);
    expect(assemble(splitMessage(null))).toBeNull();
  });

  it('round-trips any JSON value through structured clones', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parts = splitMessage(value, 2).map((p) => structuredClone(p));
        expect(assemble(parts)).toEqual(value);
      }),
    );
  });
});
