import { beforeEach, describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../../src/index.ts';
import { AUTHORED_STATE_VERSION, selectAuthoredState } from './authoredState.ts';
import { selectDefaultDesign } from './designChanges.ts';
import { useNoticeStore } from './notices.ts';
import { decodeShareLink, isShareFragment, openShareLinkFromLocation } from './shareLink.ts';
import { useDesignerStore } from './store.ts';

const link = (payload: unknown) => `#${encodeShareFragment(payload, AUTHORED_STATE_VERSION)}`;

beforeEach(() => {
  useDesignerStore.setState(selectDefaultDesign());
  useNoticeStore.setState({ notices: [] });
  history.replaceState(null, '', '/');
});

describe('decodeShareLink', () => {
  it('gives back the known fields of a link', () => {
    expect(decodeShareLink(link({ manifestsText: 'm', restoreText: 'r', other: 1 }))).toEqual({
      kind: 'ok',
      state: { manifestsText: 'm', restoreText: 'r' },
    });
  });

  it('refuses a link without any field this page knows', () => {
    expect(decodeShareLink(link({ other: 1 }))).toMatchObject({ kind: 'error' });
    expect(decodeShareLink(link('text'))).toMatchObject({ kind: 'error' });
  });

  it('tells design links from other fragments', () => {
    expect(isShareFragment(link({}))).toBe(true);
    expect(isShareFragment('#reference/on-error-invalid')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });
});

describe('openShareLinkFromLocation', () => {
  it('replaces the design, fills missing fields with defaults, removes the fragment, offers Undo', () => {
    useDesignerStore.setState({ manifestsText: 'my work', restoreText: 'my restore' });
    history.replaceState(null, '', `/${link({ manifestsText: 'shared' })}`);
    openShareLinkFromLocation();
    const state = useDesignerStore.getState();
    expect(state.manifestsText).toBe('shared');
    expect(state.restoreText).toBe(selectDefaultDesign().restoreText);
    expect(location.hash).toBe('');
    const [notice] = useNoticeStore.getState().notices;
    expect(notice?.kind).toBe('info');
    notice?.action?.run();
    expect(useDesignerStore.getState()).toMatchObject({
      manifestsText: 'my work',
      restoreText: 'my restore',
    });
  });

  it('keeps the current work and says why when the link is damaged', () => {
    useDesignerStore.setState({ manifestsText: 'my work' });
    const before = selectAuthoredState(useDesignerStore.getState());
    const good = link({ manifestsText: 'shared' });
    history.replaceState(null, '', `/${good.slice(0, -4)}`);
    openShareLinkFromLocation();
    expect(selectAuthoredState(useDesignerStore.getState())).toEqual(before);
    const [notice] = useNoticeStore.getState().notices;
    expect(notice).toMatchObject({ kind: 'error' });
    expect(notice?.message).toMatch(/damaged.*Your current work is unchanged\.$/);
    // Dismissing it clears the fragment, so a reload does not repeat the message.
    notice?.onDismiss?.();
    expect(location.hash).toBe('');
  });

  it('ignores fragments that are not design links', () => {
    history.replaceState(null, '', '/#reference/on-error-invalid');
    openShareLinkFromLocation();
    expect(useNoticeStore.getState().notices).toEqual([]);
    expect(location.hash).toBe('#reference/on-error-invalid');
  });
});
