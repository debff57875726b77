/**
 * Saves text as a file: a Blob behind an object URL, opened by a temporary `<a download>`. That is
 * a download (a navigation), not a fetch, so the page's `connect-src`/`default-src` do not apply.
 */
export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the browser has taken the URL for the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
