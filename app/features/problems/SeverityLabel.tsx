import type { Severity } from '../../../src/index.ts';
import { SeverityIcon } from './SeverityIcon.tsx';

const words: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** A severity as an icon and its word; never colour alone. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity--${severity}`}>
      <SeverityIcon severity={severity} />
      <span className="severity__text">{words[severity]}</span>
    </span>
  );
}
