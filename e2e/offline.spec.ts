import { expect, test } from './fixtures.ts';

test('no request leaves the page origin, from the page or its workers', async ({
  page,
  designer,
  watch,
}) => {
  await designer.open();
  // Wake the YAML worker (hover docs come from it) so its requests are recorded too.
  await expect(await designer.restore.hover('includedNamespaces')).toContainText('to restore');
  await page.waitForLoadState('networkidle');

  const origin = new URL(page.url()).origin;
  expect(origin).toBe('http://127.0.0.1:4173');
  const urls = [...watch.urls];
  expect(urls.some((url) => /yaml\.worker/.test(url))).toBe(true);
  expect(urls.some((url) => /editor\.worker/.test(url))).toBe(true);
  const foreign = urls.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
});
