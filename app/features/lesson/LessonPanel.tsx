import { useEffect, useRef } from 'react';
import { HideablePanel } from '../../components/HideablePanel.tsx';
import { ToggleButton } from '../../components/ToggleButton.tsx';
import { useDesignerStore } from '../../state/store.ts';
import { useExampleIndex } from '../examples/useExampleIndex.ts';
import { resultTabs } from '../results/tabs.ts';
import './lesson.css';

/**
 * The lesson of the example this design came from, beside the results: what to notice, then
 * numbered steps to follow, each with a button to the results tab it is about. Hidden with
 * "Hide lesson", back with the header's "Lesson" button; where the user is stays with the design.
 */
export function LessonPanel() {
  const lessonId = useDesignerStore((s) => s.lesson);
  const shown = useDesignerStore((s) => s.lessonShown);
  const step = useDesignerStore((s) => s.lessonStep);
  const goToStep = useDesignerStore((s) => s.goToLessonStep);
  const showLesson = useDesignerStore((s) => s.showLesson);
  const showResultTab = useDesignerStore((s) => s.showResultTab);
  const index = useExampleIndex();
  const body = useRef<HTMLDivElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    // When the lesson moves on, the current step comes into view within the panel's own scroll
    // box (scrollIntoView would also scroll the page's overflow-hidden ancestors and push the panel
    // out of sight). A lesson just opened starts at its top, with what to notice.
    if (shownStep.current === step) return;
    shownStep.current = step;
    const box = body.current;
    const item = box?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !item) return;
    const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const bottom = top + item.offsetHeight;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
  }, [step]);
  if (!lessonId || !shown || index.kind !== 'ready') return null;
  const example = index.examples.find((e) => e.id === lessonId);
  if (!example) return null;
  const { steps } = example;
  const current = Math.min(step, Math.max(steps.length - 1, 0));
  return (
    <HideablePanel
      block="lesson"
      title={`Lesson: ${example.title}`}
      hideLabel="Hide lesson"
      onHide={() => showLesson(false)}
      bodyRef={body}
    >
      <p className="lesson__summary">{example.summary}</p>
      {steps.length > 0 ? (
        <>
          <ol className="lesson__steps">
            {steps.map((s, i) => {
              const tab = resultTabs.find((t) => t.id === s.tab);
              return (
                <li
                  key={i}
                  className={i === current ? 'lesson__step is-current' : 'lesson__step'}
                  aria-current={i === current ? 'step' : undefined}
                >
                  <span className="lesson__step-text">{s.text}</span>
                  {tab ? (
                    <button
                      type="button"
                      className="action-button lesson__show"
                      onClick={() => {
                        goToStep(i);
                        showResultTab(tab.id);
                      }}
                    >
                      Show {tab.label}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <div className="lesson__nav">
            <button
              type="button"
              className="action-button"
              disabled={current === 0}
              onClick={() => goToStep(current - 1)}
            >
              Previous step
            </button>
            <span className="lesson__position" aria-live="polite">
              Step {current + 1} of {steps.length}
            </span>
            <button
              type="button"
              className="action-button"
              disabled={current >= steps.length - 1}
              onClick={() => {
                const next = current + 1;
                goToStep(next);
                const tab = steps[next]?.tab;
                if (tab && resultTabs.some((t) => t.id === tab)) showResultTab(tab);
              }}
            >
              Next step
            </button>
          </div>
        </>
      ) : null}
    </HideablePanel>
  );
}

/** The header's way back to a hidden lesson; shown only when the design has one. */
export function LessonButton() {
  const lessonId = useDesignerStore((s) => s.lesson);
  const shown = useDesignerStore((s) => s.lessonShown);
  const showLesson = useDesignerStore((s) => s.showLesson);
  if (!lessonId) return null;
  return (
    <ToggleButton className="action-button" pressed={shown} onToggle={showLesson}>
      Lesson
    </ToggleButton>
  );
}
