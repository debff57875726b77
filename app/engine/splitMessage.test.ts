import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageAssembler, MessageSplitter, type Part } from './splitMessage.ts';

/** Sends values one after the other through one splitter and one assembler, as the engine does. */
function channel(slice: number, textChunk?: number) {
  const splitter = new MessageSplitter(slice, textChunk);
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
      // Only the field that changed; the key comes from the pod the page has.
      { kind: 'slice', path: ['pods'], items: [{ image: 'app:2' }], bases: [5] },
      { kind: 'reuse', path: ['pods'], from: 6, count: 2 },
    ]);
    const second = value as { pods: object[] };
    expect(second.pods[4]).toBe(first.pods[4]);
    expect(second.pods[5]).not.toBe(first.pods[5]);
    expect(second.pods[7]).toBe(first.pods[7]);
  });

  it('send only the moved positions when a new line moves every diagnostic below it', () => {
    const send = channel(3);
    const diagnostic = (i: number, line: number) => ({
      code: 'exec-timeout-invalid',
      message: `pod ${i}: the exec timeout "5 minutes" is not a Go duration`,
      data: { pod: `app/db-${i}`, value: '5 minutes' },
      range: { start: { line, column: 5 }, end: { line, column: 20 } },
    });
    const lines = [3, 40, 77, 114, 151];
    const first = send({ diagnostics: lines.map((line, i) => diagnostic(i, line)) }).value as {
      diagnostics: { data: object; message: string }[];
    };
    const moved = { diagnostics: lines.map((line, i) => diagnostic(i, line + 1)) };
    const { parts, value } = send(moved);
    expect(value).toEqual(moved);
    expect(parts.slice(1)).toEqual([
      {
        kind: 'slice',
        path: ['diagnostics'],
        items: moved.diagnostics.slice(0, 3).map(({ range }) => ({ range })),
        bases: [0, 1, 2],
      },
      {
        kind: 'slice',
        path: ['diagnostics'],
        items: moved.diagnostics.slice(3).map(({ range }) => ({ range })),
        bases: [3, 4],
      },
    ]);
    // The fields that did not change are the objects the page already had.
    const second = value as typeof first;
    expect(second.diagnostics[2]!.data).toBe(first.diagnostics[2]!.data);
  });

  it('send an item whole when most of it changed, or its fields are not the same', () => {
    const send = channel(2);
    send({ list: [{ a: 'x', b: 'short' }, { a: 'y' }, { a: 'z' }] });
    const next = { list: [{ a: 'x', b: 'a much longer value' }, { a: 'y', c: 1 }, { a: 'w' }] };
    const { parts, value } = send(next);
    expect(value).toEqual(next);
    expect(parts.slice(1)).toEqual([
      { kind: 'slice', path: ['list'], items: next.list.slice(0, 2) },
      { kind: 'slice', path: ['list'], items: next.list.slice(2) },
    ]);
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

  it('send long strings in pieces, and an unchanged one as the same as before', () => {
    const send = channel(3, 4);
    const first = { diff: { restored: 'abcdefghij', original: 'sho' }, name: 'x' };
    const { parts, value } = send(first);
    expect(value).toEqual(first);
    expect(parts).toEqual([
      {
        kind: 'skeleton',
        value: { diff: { restored: '', original: 'sho' }, name: 'x' },
        parts: 3,
      },
      { kind: 'text', path: ['diff', 'restored'], chunk: 'abcd', end: false },
      { kind: 'text', path: ['diff', 'restored'], chunk: 'efgh', end: false },
      { kind: 'text', path: ['diff', 'restored'], chunk: 'ij', end: true },
    ]);
    const second = { diff: { restored: 'abcdefghij', original: 'oth' }, name: 'y' };
    const again = send(second);
    expect(again.value).toEqual(second);
    expect(again.parts.slice(1)).toEqual([{ kind: 'same-text', path: ['diff', 'restored'] }]);
  });

  it('keep a __proto__ key an own property', () => {
    const view = JSON.parse(
      '{"__proto__": {"list": [1, 2, 3, 4], "text": "long text"}}',
    ) as unknown;
    const { value } = channel(2, 4)(view);
    expect(value).toEqual(view);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('send a small value as one part', () => {
    expect(new MessageSplitter(3).split({ a: [1, 2] })).toEqual([
      { kind: 'skeleton', value: { a: [1, 2] }, parts: 0 },
    ]);
    expect(channel(3)(null).value).toBeNull();
  });

  it('round-trip any sequence of arrays of similar records', () => {
    const record = fc.record({
      id: fc.integer({ min: 0, max: 5 }),
      line: fc.nat(9),
      text: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(fc.array(record, { maxLength: 7 }), { maxLength: 5 }), (values) => {
        const send = channel(2);
        for (const v of values) expect(send({ items: v }).value).toEqual({ items: v });
      }),
    );
  });

  it('round-trip any sequence of JSON values through structured clones', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 4 }), (values) => {
        const send = channel(2, 3);
        for (const v of values) expect(send(v).value).toEqual(v);
      }),
    );
  });
});
