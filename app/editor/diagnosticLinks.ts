// Links from a marker's code to the in-app diagnostic reference. Free of Monaco: the reference feature
// sets the handler, monaco.ts routes Monaco's link clicks to it.

const HASH_PREFIX = '#reference/';

type Handler = (code: string) => void;

let handler: Handler | null = null;

/** A same-origin URL for a code's reference entry: the page itself with `#reference/<code>`. */
export function buildDiagnosticLink(code: string): string {
  return `${location.origin}${location.pathname}${HASH_PREFIX}${encodeURIComponent(code)}`;
}

/** The code a reference link points at, or null when `url` is not one of ours. */
export function parseDiagnosticLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, location.href);
  } catch {
    return null;
  }
  if (parsed.origin !== location.origin || !parsed.hash.startsWith(HASH_PREFIX)) return null;
  const code = decodeURIComponent(parsed.hash.slice(HASH_PREFIX.length));
  return /^[a-z0-9-]+$/.test(code) ? code : null;
}

/** Installs what opening a reference link does; the returned function removes it. */
export function setDiagnosticLinkHandler(next: Handler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

/** Opens a code's reference entry; false when no handler is installed. */
export function openDiagnosticLink(code: string): boolean {
  if (!handler) return false;
  handler(code);
  return true;
}
