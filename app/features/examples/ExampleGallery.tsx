import { useState } from 'react';
import { selectAuthoredState } from '../../state/authoredState.ts';
import { replaceDesign } from '../../state/designChanges.ts';
import { useDesignerStore } from '../../state/store.ts';
import { ExampleCard } from './ExampleCard.tsx';
import { buildExampleDesign, fetchExampleTexts, type Example } from './examples.ts';
import { useExampleIndex } from './useExampleIndex.ts';

/** The gallery: the examples with what to notice in each; Open loads one and closes. */
export function ExampleGallery({ onOpened }: { onOpened: () => void }) {
  const index = useExampleIndex();
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const open = async (example: Example) => {
    setOpening(example.id);
    setFailure(null);
    try {
      const texts = await fetchExampleTexts(example);
      const defaults = selectAuthoredState(useDesignerStore.getInitialState());
      // The example replaces the design, not the Velero release it is predicted for.
      const { veleroVersion } = useDesignerStore.getState();
      // The lesson panel shows what to notice and the steps, for as long as the user wants.
      const lesson = { lesson: example.id, lessonStep: 0, lessonShown: true };
      replaceDesign(
        { ...buildExampleDesign(texts, defaults), veleroVersion, ...lesson },
        `Opened the example “${example.title}”; its lesson is beside the results.`,
      );
      onOpened();
    } catch (error) {
      setFailure(`The example could not be loaded (${String(error)}). Your work is unchanged.`);
    } finally {
      setOpening(null);
    }
  };

  if (index.kind === 'loading') return <p role="status">Loading the examples…</p>;
  if (index.kind === 'failed')
    return <p role="alert">The examples could not be loaded ({index.message}).</p>;
  return (
    <>
      <p className="examples__intro">
        Each example opens in the editors and replaces the current design (you can undo it from the
        notice that follows). Read what to notice, then look at the results.
      </p>
      {failure ? <p role="alert">{failure}</p> : null}
      <ul className="examples" aria-label="Examples">
        {index.examples.map((example) => (
          <ExampleCard
            key={example.id}
            example={example}
            busy={opening !== null}
            onOpen={(e) => void open(e)}
          />
        ))}
      </ul>
    </>
  );
}
