import { useId } from 'react';
import { SHARE_LINK_WARN_LENGTH } from '../../src/index.ts';
import type { ShareLink } from '../state/shareLink.ts';
import { formatNumber } from './formatNumber.ts';

export type CopyState = 'copying' | 'copied' | 'failed';

const copyMessages: Record<CopyState, string> = {
  copying: 'Copying the link…',
  copied: 'The link is copied to the clipboard.',
  failed: 'The browser did not let the page copy: select the link below and copy it.',
};

interface ShareLinkDetailsProps {
  link: ShareLink;
  copy: CopyState;
  onCopy: () => void;
}

/** The link, its length, the Velero release it opens with, the long-link warning and what was redacted. */
export function ShareLinkDetails({ link, copy, onCopy }: ShareLinkDetailsProps) {
  const fieldId = useId();
  return (
    <div className="share">
      <p role="status" className="share__status">
        {copyMessages[copy]}
      </p>
      <label htmlFor={fieldId} className="share__label">
        Link ({formatNumber(link.length)} characters)
      </label>
      <div className="share__row">
        <input
          id={fieldId}
          className="share__field"
          readOnly
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="action-button" onClick={onCopy}>
          Copy again
        </button>
      </div>
      <p className="share__version">
        Opens with <strong>Velero {link.veleroVersion}</strong>, the version picked in the header.
      </p>
      {link.tooLong ? (
        <p className="share__warning" role="alert">
          This link is {formatNumber(link.length)} characters long. Above{' '}
          {formatNumber(SHARE_LINK_WARN_LENGTH)} characters, chat tools, mail clients and some
          servers may cut it; if it does not open, share the YAML files instead.
        </p>
      ) : null}
      {link.redacted > 0 ? (
        <p className="share__note">
          {link.redacted === 1
            ? '1 Secret value was'
            : `${formatNumber(link.redacted)} Secret values were`}{' '}
          replaced by <code>&lt;redacted&gt;</code>: a link never carries Secret data.
        </p>
      ) : null}
      <p className="share__note">
        Everything you wrote (both texts and every option) is inside the link itself, compressed;
        nothing is uploaded. Anyone with the link can read it.
      </p>
    </div>
  );
}
