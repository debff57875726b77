/// <reference lib="webworker" />
// The engine in a Web Worker: typing never waits for it, whatever the input size.
import type { EngineRequest } from './protocol.ts';
import { createEngineService } from './service.ts';

const handle = createEngineService((response) => self.postMessage(response));
self.onmessage = (event: MessageEvent<EngineRequest>) => handle(event.data);
