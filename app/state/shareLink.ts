import {
  decodeShareFragment,
  DEFAULT_RELEASE,
  SHARE_LINK_WARN_LENGTH,
  type ShareDecodeResult,
} from '../../src/index.ts';
import {
  AUTHORED_STATE_VERSION,
  migrateAuthoredState,
  sanitizeAuthoredState,
  selectAuthoredState,
  type AuthoredState,
} from './authoredState.ts';
import { selectDefaultDesign } from './designChanges.ts';
import { openLinkedDesign } from './designSession.ts';
import { engine } from '../engine/index.ts';
import { showNotice } from './notices.ts';
import type { DesignerState } from './store.ts';

/** What a link carries: the whole authored state (texts, form, options), the same as autosave. */
export const selectShareableState = (state: DesignerState): AuthoredState =>
  selectAuthoredState(state);

export interface ShareLink {
  url: string;
  length: number;
  /** Secret values replaced by `<redacted>`. */
  redacted: number;
  /** Longer than SHARE_LINK_WARN_LENGTH: some tools cut such links. */
  tooLong: boolean;
  /** The Velero release the link opens with (the picker's choice when it was made). */
  veleroVersion: string;
}

/**
 * Where the Velero release of an opened link comes from: the link itself; nowhere, because the
 * link was made before the designer had a version picker; or a release name this page does not
 * know (a link from a newer designer, or edited). The last two open with the default release.
 */
export type LinkVersion =
  { kind: 'chosen' } | { kind: 'missing' } | { kind: 'unknown'; asked: string };

/**
 * Builds the link of a design: this page's address with the encoded state as its fragment, Secret
 * values redacted. Encoded in the engine worker, from its copies of the texts.
 */
export async function createShareLink(state: DesignerState, pageUrl: string): Promise<ShareLink> {
  const base = pageUrl.replace(/#.*$/s, '');
  const { fragment, redacted } = await engine.encode(
    'link',
    selectShareableState(state),
    AUTHORED_STATE_VERSION,
  );
  const url = `${base}#${fragment}`;
  return {
    url,
    length: url.length,
    redacted,
    tooLong: url.length > SHARE_LINK_WARN_LENGTH,
    veleroVersion: state.veleroVersion,
  };
}

/** True for a fragment that claims to be a design link (`#v<digits>.`). */
export function isShareFragment(hash: string): boolean {
  return /^#?v\d+\./.test(hash);
}

/**
 * Decodes a fragment into authored state and where its Velero release comes from, or says why
 * not. Never touches the store.
 */
export function decodeShareLink(
  hash: string,
):
  | { kind: 'ok'; state: Partial<AuthoredState>; version: LinkVersion }
  | Extract<ShareDecodeResult, { kind: 'error' }> {
  const decoded = decodeShareFragment(hash, {
    version: AUTHORED_STATE_VERSION,
    migrate: migrateAuthoredState,
  });
  if (decoded.kind === 'error') return decoded;
  const state = sanitizeAuthoredState(decoded.payload, selectDefaultDesign());
  if (Object.keys(state).length === 0)
    return {
      kind: 'error',
      reason: 'not-json',
      message: 'This link does not contain a design this page can read.',
    };
  return { kind: 'ok', state, version: linkVersion(decoded.payload, state) };
}

/**
 * A link needs no new format version for the Velero release: links made before it are format 1
 * without a `veleroVersion` field, which is exactly how they are told apart (and then opened with
 * the default release, like any missing field).
 */
function linkVersion(payload: unknown, state: Partial<AuthoredState>): LinkVersion {
  if (state.veleroVersion !== undefined) return { kind: 'chosen' };
  const asked = (payload as Record<string, unknown>)['veleroVersion'];
  if (asked === undefined) return { kind: 'missing' };
  return { kind: 'unknown', asked: typeof asked === 'string' ? asked : JSON.stringify(asked) };
}

/** The notice for a link that opens with the default release rather than its own; null if none. */
export function linkVersionNotice(version: LinkVersion): string | null {
  if (version.kind === 'missing')
    return `This link predates Velero version choice; opened with Velero ${DEFAULT_RELEASE}.`;
  if (version.kind === 'unknown')
    return `This link asks for Velero ${version.asked}, which this page does not know; opened with Velero ${DEFAULT_RELEASE}.`;
  return null;
}

function clearFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * Opens the design in the address's fragment, if it has one, as a new design beside the user's
 * own. On success the fragment is removed, so a reload shows the saved design, not the link again;
 * on failure the current work stays untouched.
 */
export function openShareLinkFromLocation(atStartup: boolean): void {
  const hash = location.hash;
  if (!isShareFragment(hash)) return;
  const result = decodeShareLink(hash);
  if (result.kind === 'ok') {
    clearFragment();
    openLinkedDesign(result.state, atStartup);
    const notice = linkVersionNotice(result.version);
    if (notice) showNotice({ kind: 'info', message: notice });
    return;
  }
  showNotice({
    kind: 'error',
    message: `${result.message} Your current work is unchanged.`,
    onDismiss: () => {
      if (location.hash === hash) clearFragment();
    },
  });
}

/** Opens the link at load and whenever the fragment changes (a link pasted into this tab). */
export function installShareLinkOpener(): () => void {
  openShareLinkFromLocation(true);
  const onHashChange = () => openShareLinkFromLocation(false);
  addEventListener('hashchange', onHashChange);
  return () => removeEventListener('hashchange', onHashChange);
}
