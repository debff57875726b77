import type { Severity } from '../../../src/index.ts';

/** The severity's shape (circle with a cross, triangle, circle with an i); decorative. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  if (severity === 'error') {
    return (
      <svg viewBox="0 0 16 16" aria-hidden="true" className="severity__icon">
        <circle cx="8" cy="8" r="7" />
        <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" className="severity__mark" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg viewBox="0 0 16 16" aria-hidden="true" className="severity__icon">
        <path d="M8 1.2 15.2 14.5H0.8Z" />
        <path d="M8 5.8v4.4M8 11.9v.9" className="severity__mark" />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="severity__icon">
      <circle cx="8" cy="8" r="7" />
      <path d="M8 7v4.6M8 4.4v.9" className="severity__mark" />
    </svg>
  );
}
