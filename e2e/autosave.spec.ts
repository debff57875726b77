import { expect, test } from './fixtures.ts';

test('what is typed in the Restore editor survives a reload', async ({ page, designer }) => {
  await designer.open();
  await designer.restore.focusStart();
  await page.keyboard.type('# reviewed by e2e');
  await page.keyboard.press('Enter');

  await expect
    .poll(() => designer.text('restore'))
    .toMatch(/^# reviewed by e2e\napiVersion: velero\.io\/v1/);
  // The debounced autosave has written it.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('restore-hook-designer:design') ?? ''))
    .toContain('# reviewed by e2e');

  await designer.reload();
  await expect(designer.restore.line('# reviewed by e2e')).toBeVisible();
  expect(await designer.text('restore')).toMatch(/^# reviewed by e2e\napiVersion: velero\.io\/v1/);
  await expect(designer.manifests.line('kind: Pod')).toBeVisible();
});

test('text set through the store reaches the editor', async ({ designer }) => {
  await designer.open();
  await designer.setText('manifests', 'apiVersion: apps/v1\nkind: Deployment\n');
  await expect(designer.manifests.line('kind: Deployment')).toBeVisible();
  await expect(designer.manifests.line('kind: Pod')).toHaveCount(0);
});
