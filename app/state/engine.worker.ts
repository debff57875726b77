/// <reference lib="webworker" />
// The engine in a Web Worker: typing never waits for it, whatever the input size.
import { designerView, type DesignerInput } from '../../src/index.ts';

export interface EngineRequest {
  id: number;
  input: DesignerInput;
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, input } = event.data;
  const started = performance.now();
  const view = designerView(input);
  self.postMessage({ id, view, ms: performance.now() - started });
};
