import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildDiagnosticLink,
  openDiagnosticLink,
  parseDiagnosticLink,
  setDiagnosticLinkHandler,
} from './diagnosticLinks.ts';

describe('diagnostic links', () => {
  let remove = () => {};
  afterEach(() => remove());

  it('point into the page itself and parse back to the code', () => {
    const link = buildDiagnosticLink('timeout-not-go-duration');
    expect(new URL(link).origin).toBe(location.origin);
    expect(parseDiagnosticLink(link)).toBe('timeout-not-go-duration');
  });

  it('ignore other origins and other hashes', () => {
    expect(parseDiagnosticLink('https://example.com/#reference/a-code')).toBeNull();
    expect(parseDiagnosticLink(`${location.origin}/#other/a-code`)).toBeNull();
    expect(parseDiagnosticLink(`${location.origin}/#reference/<b>`)).toBeNull();
  });

  it('call the installed handler, and report when none is installed', () => {
    expect(openDiagnosticLink('a-code')).toBe(false);
    const handler = vi.fn();
    remove = setDiagnosticLinkHandler(handler);
    expect(openDiagnosticLink('a-code')).toBe(true);
    expect(handler).toHaveBeenCalledWith('a-code');
  });
});
