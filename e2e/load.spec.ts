import { expect, test } from './fixtures.ts';

test('the page loads with both editors and their defaults, without errors or CSP violations', async ({
  page,
  designer,
  watch,
}) => {
  const response = await page.goto('./');
  await designer.waitForEditors();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Restore Hook Designer');
  await expect(designer.manifests.input).toBeAttached();
  await expect(designer.restore.input).toBeAttached();
  await expect(designer.manifests.line('kind: Pod')).toBeVisible();
  await expect(designer.manifests.line('name: postgres-0')).toBeVisible();
  await expect(designer.restore.line('kind: Restore')).toBeVisible();
  await expect(designer.restore.line('name: postgres-restore')).toBeVisible();

  // The same policy in the meta tag and in the header `vite preview` sends (from vite.config.ts).
  const header = response?.headers()['content-security-policy'];
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(header).toBeTruthy();
  expect(meta).toBe(header);

  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
