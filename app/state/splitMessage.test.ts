import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageAssembler, MessageSplitter, type Part } from './splitMessage.ts';

/** Sends values one after the other through one splitter and one assembler, as the engine does. */
function channel(slice: number) {
  const splitter = new MessageSplitter(slice);
  const assembler = new MessageAssembler();
  const send = (value: unknown): { parts: Part[]; value: unknown } => {
    // Structured clones, as postMessage makes them: nothing is shared between the two sides.
    const parts = splitter.split(value).map((p) => structuredClone(p));
    const sent = structuredClone(parts); // as sent: the assembler fills the skeleton's arrays
    const results = parts.map((p) => assembler.add(p));
    expect(results.slice(0, -1).every((r) => !r.done)).toBe(true);
    const last = results.at(-1);
    return { parts: sent, value: last?.done ? last.value : undefined };
  };
  return send;
}

const pathsOf = (parts: Part[]) =>
  parts.slice(1).map((p) => (p.kind === 'skeleton' ? 'skeleton' : `${p.kind} ${p.path.join('.')}`));

describe('MessageSplitter and MessageAssembler', () => {
  it('send long arrays in slices, nested ones too, and leave the input alone', () => {
    const view = {
      diagnostics: Array.from({ length: 7 }, (_, i) => ({ code: `c${i}` })),
      diff: { full: { original: 'text', blocks: [1, 2, 3, 4, 5] }, hooksOnly: { blocks: [1] } },
      pods: [{ name: 'a', containers: ['x'] }],
    };
    const before = structuredClone(view);
    const { parts, value } = channel(3)(view);
    expect(parts[0]).toEqual({
      kind: 'skeleton',
      value: {
        ...view,
        diagnostics: [],
        diff: { ...view.diff, full: { original: 'text', blocks: [] } },
      },
      parts: 5,
    });
    expect(pathsOf(parts)).toEqual([
      'slice diagnostics',
      'slice diagnostics',
      'slice diagnostics',
      'slice diff.full.blocks',
      'slice diff.full.blocks',
    ]);
    expect(value).toEqual(view);
    expect(view).toEqual(before);
  });

  it('send again only the items that changed; the others are the objects already received', () => {
    const send = channel(3);
    const pod = (i: number, image = 'app:1') => ({ key: `ns/pod-${i}`, image });
    const first = send({ pods: Array.from({ length: 8 }, (_, i) => pod(i)) }).value as {
      pods: object[];
    };

    const changed = {
      pods: Array.from({ length: 8 }, (_, i) => pod(i, i === 5 ? 'app:2' : 'app:1')),
    };
    const { parts, value } = send(changed);
    expect(value).toEqual(changed);
    expect(parts.slice(1)).toEqual([
      { kind: 'reuse', path: ['pods'], from: 0, count: 5 },
      { kind: 'slice', path: ['pods'], items: [pod(5, 'app:2')] },
      { kind: 'reuse', path: ['pods'], from: 6, count: 2 },
    ]);
    const second = value as { pods: object[] };
    expect(second.pods[4]).toBe(first.pods[4]);
    expect(second.pods[5]).not.toBe(first.pods[5]);
    expect(second.pods[7]).toBe(first.pods[7]);
  });

  it('reuse items that moved, e.g. after an item was inserted in front of them', () => {
    const send = channel(2);
    const items = ['b', 'c', 'd', 'e'].map((name) => ({ name }));
    send({ items });
    const { parts, value } = send({ items: [{ name: 'a' }, ...items, { name: 'b' }] });
    expect(value).toEqual({ items: [{ name: 'a' }, ...items, { name: 'b' }] });
    expect(parts.slice(1)).toEqual([
      { kind: 'slice', path: ['items'], items: [{ name: 'a' }] },
      { kind: 'reuse', path: ['items'], from: 0, count: 4 },
      { kind: 'reuse', path: ['items'], from: 0, count: 1 },
    ]);
  });

  it('keep a __proto__ key an own property', () => {
    const view = JSON.parse('{"__proto__": {"list": [1, 2, 3, 4]}}') as unknown;
    const { value } = channel(2)(view);
    expect(value).toEqual(view);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('send a small value as one part', () => {
    expect(new MessageSplitter(3).split({ a: [1, 2] })).toEqual([
      { kind: 'skeleton', value: { a: [1, 2] }, parts: 0 },
    ]);
    expect(channel(3)(null).value).toBeNull();
  });

  it('round-trip any sequence of JSON values through structured clones', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 4 }), (values) => {
        const send = channel(2);
        for (const v of values) expect(send(v).value).toEqual(v);
      }),
    );
  });
});
