/** The permalink codec's public API (re-exported by src/index.ts). */
export {
  decodeShareFragment,
  encodeShareFragment,
  MAX_INFLATED_BYTES,
  SHARE_LINK_WARN_LENGTH,
  type ShareDecodeFailure,
  type ShareDecodeResult,
  type ShareFormat,
} from './codec.ts';
export { REDACTED, redactSecrets, redactSecretsIn, type Redaction } from './redact.ts';
