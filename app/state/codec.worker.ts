/// <reference lib="webworker" />
// Encodes share links off the main thread and out of the first screen's JavaScript: redacting
// parses the YAML, and deflating megabytes takes a while. (Autosave is encoded by the engine worker,
// which already holds the texts.)
import { encodeShareFragment, redactSecretsIn } from '../../src/index.ts';

export interface EncodeRequest {
  id: number;
  payload: unknown;
  version: number;
}

export interface EncodeResponse {
  id: number;
  fragment: string;
  redacted: number;
}

self.onmessage = (event: MessageEvent<EncodeRequest>) => {
  const { id, payload, version } = event.data;
  // Secret values are redacted, and links compressed hardest.
  const { value, redacted } = redactSecretsIn(payload);
  const fragment = encodeShareFragment(value, version, 9);
  const response: EncodeResponse = { id, fragment, redacted };
  self.postMessage(response);
};
