import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  recordEditorEdits,
  TextReceiver,
  TextSender,
  type TextEdit,
  type TextUpdate,
} from './textSync.ts';

/** The page and the worker, with structured clones between them as postMessage makes. */
function pair() {
  const sender = new TextSender();
  const receiver = new TextReceiver();
  const sent: TextUpdate[] = [];
  const sync = (name: string, text: string): boolean => {
    const update = sender.update(name, text);
    if (!update) return true;
    sent.push(update);
    return receiver.apply(name, structuredClone(update));
  };
  return { sender, receiver, sent, sync };
}

describe('applyEdits', () => {
  it('applies replacements in order, as Monaco reports them (last position first)', () => {
    // Two cursors typing "!" at offsets 1 and 4 of "abcdef": Monaco lists the later one first.
    const edits: TextEdit[] = [
      { offset: 4, length: 0, text: '!' },
      { offset: 1, length: 1, text: 'B' },
    ];
    expect(applyEdits('abcdef', edits)).toBe('aBcd!ef');
    expect(applyEdits('abc', [{ offset: 0, length: 3, text: '' }])).toBe('');
  });
});

describe('TextSender and TextReceiver', () => {
  it('send a text whole first, then only the span that changed', () => {
    const { receiver, sent, sync } = pair();
    expect(sync('manifests', 'kind: Pod\n')).toBe(true);
    expect(sync('manifests', '# hi\nkind: Pod\n')).toBe(true);
    expect(sync('manifests', '# hi\nkind: Job\n')).toBe(true);
    expect(sent).toEqual([
      { text: 'kind: Pod\n' },
      { edits: [{ offset: 0, length: 0, text: '# hi\n' }], length: 15 },
      { edits: [{ offset: 11, length: 3, text: 'Job' }], length: 15 },
    ]);
    expect(receiver.get('manifests')).toBe('# hi\nkind: Job\n');
  });

  it('send the edits an editor recorded when they were made on the copy sent, and compare otherwise', () => {
    const { receiver, sent, sync } = pair();
    sync('restore', 'a: 1\n');
    // Two cursors: the editor's own edits, not the one span a comparison would find.
    const edits = [
      { offset: 4, length: 0, text: '0' },
      { offset: 0, length: 0, text: '#\n' },
    ];
    recordEditorEdits('restore', 'a: 1\n', '#\na: 10\n', edits);
    sync('restore', '#\na: 10\n');
    // Recorded for another text: not used.
    recordEditorEdits('restore', 'other', '#\na: 2\n', [{ offset: 0, length: 5, text: 'x' }]);
    sync('restore', '#\na: 2\n');
    recordEditorEdits('restore', '', '', undefined);
    expect(sent).toEqual([
      { text: 'a: 1\n' },
      { edits, length: 8 },
      { edits: [{ offset: 5, length: 2, text: '2' }], length: 7 },
    ]);
    expect(receiver.get('restore')).toBe('#\na: 2\n');
  });

  it('send nothing for an unchanged text', () => {
    const { sent, sync } = pair();
    sync('restore', 'a');
    sync('restore', 'a');
    expect(sent).toHaveLength(1);
  });

  it('send the text whole again after the copy was forgotten', () => {
    const { sender, receiver, sent, sync } = pair();
    sync('manifests', 'one');
    sender.forget('manifests');
    sync('manifests', 'two');
    expect(sent).toEqual([{ text: 'one' }, { text: 'two' }]);
    expect(receiver.get('manifests')).toBe('two');
  });

  it('report a copy the edits do not fit, drop it, and take the text whole again', () => {
    const { sender, receiver, sync } = pair();
    sync('manifests', 'abc');
    expect(
      receiver.apply('manifests', { edits: [{ offset: 0, length: 0, text: 'x' }], length: 9 }),
    ).toBe(false);
    expect(receiver.get('manifests')).toBeUndefined();
    expect(receiver.apply('restore', { edits: [], length: 0 })).toBe(false);
    sender.forget('manifests');
    expect(sync('manifests', 'abc')).toBe(true);
    expect(receiver.get('manifests')).toBe('abc');
  });

  it('tell which texts the worker holds', () => {
    const { sender, sync } = pair();
    sync('manifests', 'abc');
    expect(sender.holds('manifests', 'abc')).toBe(true);
    expect(sender.holds('manifests', 'abd')).toBe(false);
    expect(sender.holds('restore', 'abc')).toBe(false);
  });

  it('keep the copy equal to the text through any sequence of edits and whole texts', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('whole' as const), text: fc.string() }),
      fc.record({
        kind: fc.constant('edits' as const),
        edits: fc.array(
          fc.record({
            at: fc.nat(),
            length: fc.nat({ max: 5 }),
            text: fc.string({ maxLength: 4 }),
          }),
          { maxLength: 3 },
        ),
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.array(step, { maxLength: 8 }), (start, steps) => {
        const { receiver, sync } = pair();
        let text = start;
        sync('manifests', text);
        for (const s of steps) {
          let next: string;
          if (s.kind === 'whole') {
            next = s.text;
          } else {
            // Edits as an editor makes them: each within the text it applies to.
            next = text;
            for (const e of s.edits) {
              const offset = next.length === 0 ? 0 : e.at % (next.length + 1);
              const length = Math.min(e.length, next.length - offset);
              next = applyEdits(next, [{ offset, length, text: e.text }]);
            }
          }
          text = next;
          expect(sync('manifests', text)).toBe(true);
          expect(receiver.get('manifests')).toBe(text);
        }
      }),
    );
  });
});
