/// <reference lib="webworker" />
// Encodes designs with the link codec off the main thread and out of the first screen's JavaScript:
// redacting parses the YAML, and deflating megabytes takes a while. Used by Share and by autosave.
import { encodeShareFragment, redactSecretsIn } from '../../src/index.ts';

export interface EncodeRequest {
  id: number;
  payload: unknown;
  version: number;
  /** Links redact Secret values and compress hardest; autosave keeps everything, faster. */
  purpose: 'link' | 'autosave';
}

export interface EncodeResponse {
  id: number;
  fragment: string;
  redacted: number;
}

self.onmessage = (event: MessageEvent<EncodeRequest>) => {
  const { id, payload, version, purpose } = event.data;
  const { value, redacted } =
    purpose === 'link' ? redactSecretsIn(payload) : { value: payload, redacted: 0 };
  const fragment = encodeShareFragment(value, version, purpose === 'link' ? 9 : 1);
  const response: EncodeResponse = { id, fragment, redacted };
  self.postMessage(response);
};
