import type { EncodeRequest, EncodeResponse } from './codec.worker.ts';
import CodecWorker from './codec.worker.ts?worker';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (response: EncodeResponse) => void>();

function codecWorker(): Worker {
  if (worker) return worker;
  worker = new CodecWorker();
  worker.onmessage = (event: MessageEvent<EncodeResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  return worker;
}

/** Encodes a share link's payload, Secret values redacted, in a worker (loaded on first use). */
export function encodeInWorker(payload: unknown, version: number): Promise<EncodeResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    const request: EncodeRequest = { id, payload, version };
    codecWorker().postMessage(request);
  });
}
