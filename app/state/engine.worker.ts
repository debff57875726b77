/// <reference lib="webworker" />
// The engine in a Web Worker: typing never waits for it, whatever the input size.
import { designerView, type DesignerInput } from '../../src/index.ts';
import { splitMessage } from './splitMessage.ts';

export interface EngineRequest {
  id: number;
  input: DesignerInput;
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, input } = event.data;
  const started = performance.now();
  const view = designerView(input);
  // In slices, so the page deserialises a large result a few milliseconds at a time.
  for (const part of splitMessage({ id, view, ms: performance.now() - started }))
    self.postMessage(part);
};
