import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedStorage, migrateSavedDesign } from './autosave.ts';

describe('migrateSavedDesign', () => {
  it('keeps the authored texts of a version 1 save', () => {
    expect(migrateSavedDesign({ manifestsText: 'a', restoreText: 'b' }, 1)).toEqual({
      manifestsText: 'a',
      restoreText: 'b',
    });
  });

  it('drops fields that are not strings, so the defaults fill them', () => {
    expect(migrateSavedDesign({ manifestsText: 3, restoreText: 'b', extra: 'x' }, 0)).toEqual({
      restoreText: 'b',
    });
    expect(migrateSavedDesign(null, 0)).toEqual({});
    expect(migrateSavedDesign('garbage', 0)).toEqual({});
  });
});

describe('createDebouncedStorage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('writes once after the delay, and reads back pending writes at once', () => {
    const storage = createDebouncedStorage(100);
    storage.setItem('k', 'one');
    storage.setItem('k', 'two');
    expect(localStorage.getItem('k')).toBeNull();
    expect(storage.getItem('k')).toBe('two');
    vi.advanceTimersByTime(100);
    expect(localStorage.getItem('k')).toBe('two');
  });

  it('flushes pending writes when the page is hidden', () => {
    const storage = createDebouncedStorage(10_000);
    storage.setItem('k', 'typed just before reload');
    dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('k')).toBe('typed just before reload');
  });
});
