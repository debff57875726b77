import { useId } from 'react';
import type { Example } from './examples.ts';

interface ExampleCardProps {
  example: Example;
  busy: boolean;
  onOpen: (example: Example) => void;
}

/** One example in the gallery: its title, what to notice, and Open. */
export function ExampleCard({ example, busy, onOpen }: ExampleCardProps) {
  const titleId = useId();
  const editors = [
    ['manifests', 'Manifests'],
    ['restore', 'Restore'],
    ['scenario', 'Scenario'],
  ]
    .filter(([key]) => key && example.files[key])
    .map(([, label]) => label);
  return (
    <li className="example-card">
      <h3 id={titleId} className="example-card__title">
        {example.title}
      </h3>
      <p className="example-card__summary">{example.summary}</p>
      <div className="example-card__footer">
        <span className="example-card__files">Opens: {editors.join(', ')}</span>
        <button
          type="button"
          className="action-button"
          aria-describedby={titleId}
          disabled={busy}
          onClick={() => onOpen(example)}
        >
          Open
        </button>
      </div>
    </li>
  );
}
