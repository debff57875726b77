import { describe, expect, it } from 'vitest';
import { buildDesignerView, type DesignerView } from '../../src/index.ts';
// eslint-disable-next-line no-restricted-imports -- a test kit: the example's scenario edits, shared with the engine's tests
import { failFirstHook as failFirst } from '../../src/testing/hookOrderingExample.ts';
import manifests from '../../public/examples/multiple-hooks-ordering/manifests.yaml?raw';
import restore from '../../public/examples/multiple-hooks-ordering/restore.yaml?raw';
import { MessageAssembler, MessageSplitter } from './splitMessage.ts';

/** The worker's way to the page: parts as structured clones (every array of 2+ items sliced). */
function transport() {
  const splitter = new MessageSplitter(1);
  const assembler = new MessageAssembler();
  return (view: DesignerView): DesignerView => {
    let received: unknown;
    for (const part of splitter.split(view)) {
      const added = assembler.add(structuredClone(part));
      if (added.done) received = added.value;
    }
    return received as DesignerView;
  };
}

/** What the Timeline tab asks the engine for (features/timeline/tab.ts). */
const include = { diff: 'none', simulation: false, timeline: true } as const;

describe('the timeline the page receives from the worker', () => {
  it('keeps the timeline of a pod whose inputs did not change: the objects the page holds', () => {
    const twoPods = `${manifests}\n---\n${manifests.replace('name: db', 'name: db2')}`;
    const send = transport();
    const first = send(buildDesignerView({ manifests: twoPods, restore, include })).timeline!;
    expect(first.pods.map((p) => p.key)).toEqual(['app/db', 'app/db2']);

    // The same input again, as after a keystroke that changes nothing the timeline shows: nothing
    // is new on the page, and each event is tied to its hook row again.
    const again = send(buildDesignerView({ manifests: twoPods, restore, include })).timeline!;
    expect(again.pods[0]).toBe(first.pods[0]);
    expect(again.pods[1]).toBe(first.pods[1]);
    expect(again.events.map((e) => e.hook)).toEqual(first.events.map((e) => e.hook));
    expect(again.events.some((e) => e.hook !== null)).toBe(true);

    // The first pod's scenario changes: its timeline is new, and the whole is what the engine built.
    const edited = buildDesignerView({
      manifests: twoPods,
      restore,
      include,
      scenarioEdits: [failFirst],
    });
    const afterEdit = send(edited).timeline!;
    expect(afterEdit.pods[0]).not.toBe(first.pods[0]);
    expect(afterEdit).toEqual(edited.timeline);
  });
});
