import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { ExampleGallery } from './ExampleGallery.tsx';
import './examples.css';

/** Examples: opens the gallery of worked examples. */
export function ExamplesButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="action-button" onClick={() => setOpen(true)}>
        Examples
      </button>
      <Dialog open={open} title="Examples" onClose={() => setOpen(false)} className="dialog--wide">
        <ExampleGallery onOpened={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
