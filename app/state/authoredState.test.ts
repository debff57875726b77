import { describe, expect, it } from 'vitest';
import {
  AUTHORED_STATE_VERSION,
  migrateAuthoredState,
  sanitizeAuthoredState,
  selectAuthoredState,
  type AuthoredState,
} from './authoredState.ts';
import { useDesignerStore } from './store.ts';

describe('selectAuthoredState', () => {
  it('is every data field of the store and no action', () => {
    const authored = selectAuthoredState(useDesignerStore.getState());
    expect(Object.keys(authored)).toContain('manifestsText');
    expect(Object.keys(authored)).toContain('restoreText');
    for (const value of Object.values(authored)) expect(typeof value).not.toBe('function');
  });
});

describe('sanitizeAuthoredState', () => {
  const reference = {
    manifestsText: '',
    count: 0,
    on: false,
    target: null,
    list: [],
    options: {},
  } as unknown as AuthoredState;

  it('keeps known fields of the default kind', () => {
    const value = {
      manifestsText: 'm',
      count: 2,
      on: true,
      target: 'ns/pod',
      list: ['a'],
      options: { a: 1 },
    };
    expect(sanitizeAuthoredState(value, reference)).toEqual(value);
  });

  it('drops unknown fields, wrong kinds and prototype keys', () => {
    const value = JSON.parse(
      '{"manifestsText": 1, "count": "2", "on": null, "target": {}, "list": {}, "options": [], "x": 1, "__proto__": {"polluted": true}}',
    ) as unknown;
    const kept = sanitizeAuthoredState(value, reference);
    expect(kept).toEqual({});
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('sanitizeAuthoredState with the store', () => {
  it('drops option values the UI does not know and scenario edits of the wrong shape', () => {
    const defaults = selectAuthoredState(useDesignerStore.getInitialState());
    const edit = { kind: 'pod', pod: 'ns/p', deletedAt: '10s' };
    const kept = sanitizeAuthoredState(
      {
        designerPlace: 'bogus',
        designerAnnotationHook: 'exec',
        scenarioEdits: [{ bogus: true }, 5, null, edit],
      },
      defaults,
    );
    expect(kept).toEqual({ designerAnnotationHook: 'exec', scenarioEdits: [edit] });
  });
});

describe('migrateAuthoredState', () => {
  it('passes the current version through and refuses unknown ones', () => {
    expect(migrateAuthoredState({ a: 1 }, AUTHORED_STATE_VERSION)).toEqual({ a: 1 });
    expect(migrateAuthoredState({ a: 1 }, 0)).toBeUndefined();
    expect(migrateAuthoredState({ a: 1 }, AUTHORED_STATE_VERSION + 1)).toBeUndefined();
  });
});
