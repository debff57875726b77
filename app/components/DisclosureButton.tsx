import type { ReactNode } from 'react';

interface DisclosureButtonProps {
  className: string;
  /** Whether the part it shows or hides (`controls`, an id) is shown. */
  open: boolean;
  controls: string;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}

/** A button that shows or hides another part of the page (the WAI-ARIA disclosure pattern). */
export function DisclosureButton({
  className,
  open,
  controls,
  onToggle,
  children,
}: DisclosureButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {children}
    </button>
  );
}
