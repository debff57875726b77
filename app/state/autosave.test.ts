import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShareFragment } from '../../src/index.ts';
import { createDebouncedStorage, mergeSavedDesign } from './autosave.ts';
import type { AuthoredState } from './authoredState.ts';
import type { DesignerState } from './store.ts';

const saved = (manifestsText: string) =>
  ({ state: { manifestsText } as AuthoredState, version: 1 }) as const;

describe('createDebouncedStorage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('writes once after the delay, and reads back pending writes at once', () => {
    const storage = createDebouncedStorage(100);
    storage.setItem('k', saved('one'));
    storage.setItem('k', saved('two'));
    expect(localStorage.getItem('k')).toBeNull();
    expect(storage.getItem('k')).toEqual(saved('two'));
    vi.advanceTimersByTime(100);
    expect(JSON.parse(localStorage.getItem('k')!)).toEqual(saved('two'));
  });

  it('flushes pending writes when the page is hidden', () => {
    const storage = createDebouncedStorage(10_000);
    storage.setItem('k', saved('typed just before reload'));
    dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('k')).toContain('typed just before reload');
  });

  it('reads what is stored, and nothing from garbage', () => {
    const storage = createDebouncedStorage(100);
    localStorage.setItem('k', JSON.stringify(saved('stored')));
    expect(storage.getItem('k')).toEqual(saved('stored'));
    localStorage.setItem('k', '{not json');
    expect(storage.getItem('k')).toBeNull();
    localStorage.setItem('k', '"a string"');
    expect(storage.getItem('k')).toBeNull();
  });

  it('reports a failed write once', () => {
    const onError = vi.fn();
    const storage = createDebouncedStorage(100, onError);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    storage.setItem('k', saved('a'));
    vi.advanceTimersByTime(100);
    storage.setItem('k', saved('b'));
    vi.advanceTimersByTime(100);
    expect(onError).toHaveBeenCalledTimes(1);
    setItem.mockRestore();
  });
});

describe('createDebouncedStorage with a large design', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  const big = saved(`kind: Pod\n${'# a long comment line\n'.repeat(20_000)}`);
  const encode = (value: unknown) => Promise.resolve(encodeShareFragment(value, 1, 1));

  it('writes it compressed through the encoder and reads it back', async () => {
    const storage = createDebouncedStorage(100, undefined, encode);
    storage.setItem('k', big);
    await vi.advanceTimersByTimeAsync(100);
    const raw = localStorage.getItem('k')!;
    expect(raw).toMatch(/^v1\./);
    expect(raw.length).toBeLessThan(big.state.manifestsText.length / 20);
    expect(createDebouncedStorage(100).getItem('k')).toEqual(big);
  });

  it('writes plain JSON when the page unloads, and a late compressed write does not win', async () => {
    let finish: (raw: string) => void = () => undefined;
    const slow = () => new Promise<string>((resolve) => (finish = resolve));
    const storage = createDebouncedStorage(100, undefined, slow);
    storage.setItem('k', big);
    await vi.advanceTimersByTimeAsync(100);
    expect(localStorage.getItem('k')).toBeNull();
    expect(storage.getItem('k')).toEqual(big);
    dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('k')!)).toEqual(big);
    finish(encodeShareFragment(saved('stale'), 1));
    await vi.runAllTimersAsync();
    expect(JSON.parse(localStorage.getItem('k')!)).toEqual(big);
  });

  it('reads nothing from a damaged compressed save', () => {
    localStorage.setItem('k', encodeShareFragment(big, 1, 1).slice(0, 200));
    expect(createDebouncedStorage(100).getItem('k')).toBeNull();
  });
});

describe('mergeSavedDesign', () => {
  const mergeSaved = (state: unknown, current: DesignerState) =>
    mergeSavedDesign({ state: state as AuthoredState, version: 1 }, current);

  const current = {
    manifestsText: 'default manifests',
    restoreText: 'default restore',
    designerTarget: null,
    setManifestsText: () => undefined,
  } as unknown as DesignerState;

  it('takes the saved fields of the right kind and keeps the defaults and actions for the rest', () => {
    const merged = mergeSaved(
      { manifestsText: 'saved', restoreText: 3, designerTarget: 'ns/pod', extra: 'x' },
      current,
    );
    expect(merged).toEqual({ ...current, manifestsText: 'saved', designerTarget: 'ns/pod' });
  });

  it('keeps the defaults for anything unreadable', () => {
    expect(mergeSaved(null, current)).toEqual(current);
    expect(mergeSaved('garbage', current)).toEqual(current);
    expect(mergeSaved(['a'], current)).toEqual(current);
  });
});
