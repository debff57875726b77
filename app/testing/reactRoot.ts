import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** A React root that component tests render into, in `act`, as React's own tests do. */
export interface TestRoot {
  /** The element the root renders into (a fresh `<div>` of the document for each test). */
  readonly container: HTMLDivElement;
  /** Render with `act(() => dom.root.render(…))`. */
  readonly root: Root;
}

/**
 * Gives each test of the calling `describe` a fresh root in the document, unmounted and removed
 * after the test. Call it at the top of a `describe` block.
 */
export function setUpReactRoot(): TestRoot {
  let container: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
  });
  return {
    get container() {
      if (!container) throw new Error('setUpReactRoot: used outside a test');
      return container;
    },
    get root() {
      if (!root) throw new Error('setUpReactRoot: used outside a test');
      return root;
    },
  };
}
