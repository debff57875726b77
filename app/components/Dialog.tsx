import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './designActions.css';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  className?: string;
  /** Rendered only while the dialog is open. */
  children: ReactNode;
}

/**
 * A modal dialog (the native <dialog>: focus stays inside, Escape closes it). The first focus goes
 * to the element marked `data-autofocus`, else to Close.
 */
export function Dialog({ open, title, onClose, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before the dialog is shown; `data-autofocus` picks the first focus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <header className="dialog__header">
        <h2 id={headingId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="action-button" onClick={onClose}>
          Close
        </button>
      </header>
      {open ? <div className="dialog__body">{children}</div> : null}
    </dialog>
  );
}
