import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShareFragment } from '../../src/index.ts';
import { AUTHORED_STATE_VERSION, selectAuthoredState } from './authoredState.ts';
import { selectDefaultDesign } from './designChanges.ts';
import { designKey, writeDesignMeta } from './designLibrary.ts';
import { openStartupDesign, useDesignSession } from './designSession.ts';
import { useNoticeStore } from './notices.ts';
import {
  decodeShareLink,
  isShareFragment,
  linkVersionNotice,
  openShareLinkFromLocation,
} from './shareLink.ts';
import { useDesignerStore } from './store.ts';

const link = (payload: unknown) => `#${encodeShareFragment(payload, AUTHORED_STATE_VERSION)}`;

beforeEach(() => {
  localStorage.clear();
  useDesignerStore.setState(selectDefaultDesign());
  useNoticeStore.setState({ notices: [] });
  history.replaceState(null, '', '/');
});

/** The user's own design, saved, and open in this tab. */
function openOwnDesign(manifestsText: string, restoreText: string): void {
  const meta = { id: 'own', name: 'My design', createdAt: 1, updatedAt: 1 };
  writeDesignMeta(meta);
  localStorage.setItem(
    designKey(meta.id),
    JSON.stringify({ state: { manifestsText, restoreText }, version: AUTHORED_STATE_VERSION }),
  );
  openStartupDesign();
}

describe('decodeShareLink', () => {
  it('gives back the known fields of a link', () => {
    expect(decodeShareLink(link({ manifestsText: 'm', restoreText: 'r', other: 1 }))).toEqual({
      kind: 'ok',
      state: { manifestsText: 'm', restoreText: 'r' },
      version: { kind: 'missing' },
    });
  });

  it('refuses a link without any field this page knows', () => {
    expect(decodeShareLink(link({ other: 1 }))).toMatchObject({ kind: 'error' });
    expect(decodeShareLink(link('text'))).toMatchObject({ kind: 'error' });
  });

  it('tells where the Velero release comes from: the link, nowhere (an old link), or an unknown name', () => {
    const versionOf = (payload: object) => {
      const decoded = decodeShareLink(link({ manifestsText: 'm', ...payload }));
      return decoded.kind === 'ok' ? decoded.version : decoded;
    };
    expect(versionOf({ veleroVersion: '1.12.4' })).toEqual({ kind: 'chosen' });
    expect(versionOf({})).toEqual({ kind: 'missing' });
    expect(versionOf({ veleroVersion: '2.3.0' })).toEqual({ kind: 'unknown', asked: '2.3.0' });
    expect(versionOf({ veleroVersion: 1.12 })).toEqual({ kind: 'unknown', asked: '1.12' });
    expect(linkVersionNotice({ kind: 'chosen' })).toBeNull();
    expect(linkVersionNotice({ kind: 'missing' })).toBe(
      'This link predates Velero version choice; opened with Velero 1.18.2.',
    );
    expect(linkVersionNotice({ kind: 'unknown', asked: '2.3.0' })).toBe(
      'This link asks for Velero 2.3.0, which this page does not know; opened with Velero 1.18.2.',
    );
  });

  it('tells design links from other fragments', () => {
    expect(isShareFragment(link({}))).toBe(true);
    expect(isShareFragment('#reference/on-error-invalid')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });
});

describe('openShareLinkFromLocation', () => {
  it('opens a new design beside the own one, fills missing fields with defaults, removes the fragment, offers the way back', async () => {
    openOwnDesign('my work', 'my restore');
    history.replaceState(history.state, '', `/${link({ manifestsText: 'shared' })}`);
    openShareLinkFromLocation(true);
    const state = useDesignerStore.getState();
    expect(useDesignSession.getState().current.name).toBe('Shared design');
    expect(state.manifestsText).toBe('shared');
    expect(state.restoreText).toBe(selectDefaultDesign().restoreText);
    expect(location.hash).toBe('');
    const [notice, versionNotice] = useNoticeStore.getState().notices;
    // A link without a Velero release predates the picker: it opens with the default, and says so.
    expect(state.veleroVersion).toBe('1.18.2');
    expect(versionNotice).toMatchObject({
      kind: 'info',
      message: 'This link predates Velero version choice; opened with Velero 1.18.2.',
    });
    expect(notice).toMatchObject({
      kind: 'info',
      message:
        'Opened the link as a new design, “Shared design”. Your design “My design” is saved under Designs.',
    });
    expect(notice?.action?.label).toBe('Back to “My design”');
    notice?.action?.run();
    await vi.waitFor(() =>
      expect(useDesignerStore.getState()).toMatchObject({
        manifestsText: 'my work',
        restoreText: 'my restore',
      }),
    );
    expect(useDesignSession.getState().current.name).toBe('My design');
  });

  it('opens a link with its Velero release, over the one picked before, without a version notice', () => {
    useDesignerStore.setState({ veleroVersion: '1.18.2' });
    history.replaceState(
      null,
      '',
      `/${link({ manifestsText: 'shared', veleroVersion: '1.12.4' })}`,
    );
    openShareLinkFromLocation(true);
    expect(useDesignerStore.getState().veleroVersion).toBe('1.12.4');
    expect(useNoticeStore.getState().notices.map((n) => n.message)).toEqual([
      'Opened the link as a new design, “Shared design”.',
    ]);
  });

  it('keeps the current work and says why when the link is damaged', () => {
    useDesignerStore.setState({ manifestsText: 'my work' });
    const before = selectAuthoredState(useDesignerStore.getState());
    const good = link({ manifestsText: 'shared' });
    history.replaceState(null, '', `/${good.slice(0, -4)}`);
    openShareLinkFromLocation(true);
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
    openShareLinkFromLocation(true);
    expect(useNoticeStore.getState().notices).toEqual([]);
    expect(location.hash).toBe('#reference/on-error-invalid');
  });
});
