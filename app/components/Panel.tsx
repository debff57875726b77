import { useId, type ReactNode } from 'react';

interface PanelProps {
  title: string;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled region of the page; its heading names it for assistive technology. */
export function Panel({ title, description, className, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId}>
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {description ? <p className="panel__description">{description}</p> : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
