import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE, encodeShareFragment } from '../../src/index.ts';
import {
  AUTHORED_STATE_VERSION,
  sanitizeAuthoredState,
  type AuthoredState,
} from './authoredState.ts';
import { mergeSavedDesign } from './autosave.ts';
import { selectDefaultDesign } from './designChanges.ts';
import { decodeShareLink } from './shareLink.ts';
import { useDesignerStore, type DesignerState } from './store.ts';
import { readVeleroVersion, selectVeleroVersion } from './versionSlice.ts';

beforeEach(() => useDesignerStore.setState(selectDefaultDesign()));

describe('the Velero version slice', () => {
  it('starts at the default release and takes a supported name', () => {
    expect(selectVeleroVersion(useDesignerStore.getState())).toBe(DEFAULT_RELEASE);
    useDesignerStore.getState().setVeleroVersion('1.12.4');
    expect(selectVeleroVersion(useDesignerStore.getState())).toBe('1.12.4');
    useDesignerStore.getState().setVeleroVersion('main');
    expect(selectVeleroVersion(useDesignerStore.getState())).toBe('main');
  });

  it('stores the release a minor or a v-prefixed name stands for, and the default for anything else', () => {
    expect(readVeleroVersion('v1.12')).toBe('1.12.4');
    expect(readVeleroVersion('1.9.0')).toBeUndefined();
    expect(readVeleroVersion(1.12)).toBeUndefined();
    useDesignerStore.getState().setVeleroVersion('2.0');
    expect(selectVeleroVersion(useDesignerStore.getState())).toBe(DEFAULT_RELEASE);
  });
});

describe('the Velero version in autosave and links', () => {
  const current = () => useDesignerStore.getState();
  const mergeSaved = (state: unknown, now: DesignerState) =>
    mergeSavedDesign({ state: state as AuthoredState, version: 1 }, now);

  it('comes back from a save; an older save without it opens with the default release', () => {
    expect(mergeSaved({ veleroVersion: '1.12.4' }, current()).veleroVersion).toBe('1.12.4');
    expect(mergeSaved({ manifestsText: 'old save' }, current())).toMatchObject({
      manifestsText: 'old save',
      veleroVersion: DEFAULT_RELEASE,
    });
  });

  it('drops a version this page does not support', () => {
    expect(sanitizeAuthoredState({ veleroVersion: '0.9.0' }, selectDefaultDesign())).toEqual({});
  });

  it('travels in a share link', () => {
    const hash = `#${encodeShareFragment({ manifestsText: 'm', veleroVersion: '1.14' }, AUTHORED_STATE_VERSION)}`;
    expect(decodeShareLink(hash)).toEqual({
      kind: 'ok',
      state: { manifestsText: 'm', veleroVersion: '1.14.1' },
      version: { kind: 'chosen' },
    });
  });
});
