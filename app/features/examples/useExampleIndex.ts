import { useEffect, useState } from 'react';
import { fetchExampleIndex, type Example } from './examples.ts';

export type ExampleIndexState =
  | { kind: 'loading' }
  | { kind: 'ready'; examples: Example[] }
  | { kind: 'failed'; message: string };

let cached: Example[] | null = null;

/** The gallery's list, fetched from examples/index.json the first time the gallery opens. */
export function useExampleIndex(): ExampleIndexState {
  const [state, setState] = useState<ExampleIndexState>(() =>
    cached ? { kind: 'ready', examples: cached } : { kind: 'loading' },
  );
  useEffect(() => {
    if (cached) return;
    let live = true;
    fetchExampleIndex().then(
      (examples) => {
        cached = examples;
        if (live) setState({ kind: 'ready', examples });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', message: String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
