import { useState } from 'react';
import { createShareLink, type ShareLink } from '../state/shareLink.ts';
import { useDesignerStore } from '../state/store.ts';
import { Dialog } from './Dialog.tsx';
import { ShareLinkDetails, type CopyState } from './ShareLinkDetails.tsx';

/** Share: puts the whole design into a link, copies it, and shows its length and any warning. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<ShareLink | null>(null);
  const [copy, setCopy] = useState<CopyState>('copying');

  const copyLink = (url: string) => {
    setCopy('copying');
    if (!navigator.clipboard) {
      setCopy('failed');
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  const share = () => {
    setLink(null);
    setOpen(true);
    void createShareLink(useDesignerStore.getState(), location.href).then((next) => {
      setLink(next);
      copyLink(next.url);
    });
  };

  return (
    <>
      <button type="button" className="action-button" onClick={share}>
        Share
      </button>
      <Dialog open={open} title="Share this design" onClose={() => setOpen(false)}>
        {link ? (
          <ShareLinkDetails link={link} copy={copy} onCopy={() => copyLink(link.url)} />
        ) : (
          <p role="status">Preparing the link…</p>
        )}
      </Dialog>
    </>
  );
}
