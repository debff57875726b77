import { useId, type ReactNode, type Ref } from 'react';

interface HideablePanelProps {
  /** The panel's BEM block: its parts are `${block}__header`, `${block}__hide` and `${block}__body`. */
  block: string;
  title: ReactNode;
  hideLabel: string;
  onHide: () => void;
  bodyRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}

/** A titled panel beside the results with a quiet button that hides it (the start card, the lesson). */
export function HideablePanel({
  block,
  title,
  hideLabel,
  onHide,
  bodyRef,
  children,
}: HideablePanelProps) {
  const headingId = useId();
  return (
    <section className={`${block} panel`} aria-labelledby={headingId}>
      <header className={`panel__header ${block}__header`}>
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        <button
          type="button"
          className={`action-button action-button--quiet ${block}__hide`}
          onClick={onHide}
        >
          {hideLabel}
        </button>
      </header>
      <div className={`${block}__body`} ref={bodyRef}>
        {children}
      </div>
    </section>
  );
}
