import type { ReactNode } from 'react';

interface ToggleButtonProps {
  className: string;
  /** Whether the setting it stands for is on. */
  pressed: boolean;
  onToggle: (pressed: boolean) => void;
  title?: string;
  children: ReactNode;
}

/** A button that shows a setting as pressed or not (aria-pressed), and flips it when activated. */
export function ToggleButton({ className, pressed, onToggle, title, children }: ToggleButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-pressed={pressed}
      title={title}
      onClick={() => onToggle(!pressed)}
    >
      {children}
    </button>
  );
}
