import { expect, test } from './fixtures.ts';
import type { DesignerPage } from './pages/DesignerPage.ts';

/**
 * Opens the docs' multiple-hooks example on the Timeline and makes its second postgres hook (onError
 * Continue) fail; returns the Restore outcome region.
 */
async function openWithFailingContinueHook(designer: DesignerPage) {
  const { page } = designer;
  await designer.openExample('Several exec hooks across two containers');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: 'Pod app/db' })).toBeVisible();
  await page
    .getByRole('group', { name: /^Hook #2 restore-hook-1 \[1\] in postgres/ })
    .getByRole('checkbox', { name: 'fails' })
    .check();
  return page.getByRole('region', { name: 'Restore outcome' });
}

test('the Velero version picker changes what a failing Continue hook does to the Restore, and survives a reload', async ({
  page,
  designer,
  watch,
}) => {
  await designer.open();
  await expect(designer.veleroVersion).toHaveValue('1.18.2');
  const labels = await designer.veleroVersion.getByRole('option').allTextContents();
  expect(labels[0]).toMatch(/^main \(\d{4}-\d{2}-\d{2}\)$/);
  expect(labels[1]).toMatch(/^1\.18\.2 \(/);
  expect(labels.at(-1)).toMatch(/^1\.10\.0 \(/);

  const totals = await openWithFailingContinueHook(designer);
  await expect(totals).toContainText('as Velero 1.18.2 does it');
  await expect(totals).toContainText(/Phase:\s+PartiallyFailed/);
  await expect(totals).toContainText(/HooksAttempted:\s+3/);
  await expect(totals).toContainText(/HooksFailed:\s+1/);

  // Before 1.13 a Continue hook's failure is only logged, and there is no hook tracker.
  await designer.veleroVersion.selectOption('1.12.4');
  await expect(totals).toContainText('as Velero 1.12.4 does it');
  await expect(totals).toContainText(/Phase:\s+Completed/);
  await expect(totals).not.toContainText('HooksAttempted:');
  await expect(totals).toContainText('no HooksAttempted or HooksFailed lines');
  // The rule under the last event (the totals) says what this release does instead.
  await page.getByRole('slider', { name: 'Event' }).press('End');
  await expect(page.locator('.timeline-current__rule')).toContainText(
    'Velero 1.12.4 differs: there is no hook tracker',
  );

  await designer.veleroVersion.selectOption('1.18.2');
  await expect(totals).toContainText('as Velero 1.18.2 does it');
  await expect(totals).toContainText(/Phase:\s+PartiallyFailed/);
  await expect(totals).toContainText(/HooksAttempted:\s+3/);

  // The Plan and the Export name the version too.
  await designer.veleroVersion.selectOption('1.12.4');
  await page.getByRole('tab', { name: 'Plan' }).click();
  const facts = page.locator('.plan__facts');
  await expect(facts).toContainText(/Velero\s*1\.12\.4/);
  await expect(facts).toContainText('no hook tracker in this Velero version');
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(page.getByText('Every object as Velero 1.12.4 creates it')).toBeVisible();

  // The choice is autosaved with the design, and a reload brings both back.
  await expect.poll(() => designer.savedDesign()).toContain('"veleroVersion":"1.12.4"');
  await designer.reload();
  await expect(designer.veleroVersion).toHaveValue('1.12.4');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(totals).toContainText('as Velero 1.12.4 does it');
  await expect(totals).toContainText(/Phase:\s+Completed/);

  // Opening an example replaces the design, not the release it is predicted for.
  await designer.openExample('Several exec hooks across two containers');
  await expect(designer.veleroVersion).toHaveValue('1.12.4');

  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the picker is reachable and usable from the keyboard', async ({ page, designer }) => {
  await designer.open();
  await page.getByRole('button', { name: 'Examples' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(designer.veleroVersion).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(designer.veleroVersion).toHaveValue('1.18.1');
});

test('an old save without a version opens with 1.18.2', async ({ page, designer }) => {
  await designer.open();
  await page.evaluate(() => {
    const manifests = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-old-save\n';
    localStorage.setItem(
      window.__designer!.savedDesignKey(),
      JSON.stringify({ state: { manifestsText: manifests }, version: 1 }),
    );
  });
  await designer.reload();
  await expect(designer.manifests.line('name: from-old-save')).toBeVisible();
  await expect(designer.veleroVersion).toHaveValue('1.18.2');
});

test.describe('screenshots', () => {
  test.use({ colorScheme: 'light' });

  test('the header with the picker, and the timeline at 1.12 and 1.18', async ({
    page,
    designer,
  }) => {
    const dir = process.env['SHOTS_DIR'];
    test.skip(!dir, 'set SHOTS_DIR to take the screenshots');
    await designer.open();
    await page.locator('.app-header').screenshot({ path: `${dir}/header-version-picker.png` });
    const totals = await openWithFailingContinueHook(designer);
    const notices = page.getByRole('region', { name: 'Notices' });
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    const body = page.locator('.results__body');
    for (const version of ['1.12.4', '1.18.2']) {
      await designer.veleroVersion.selectOption(version);
      await expect(totals).toContainText(`as Velero ${version} does it`);
      await body.evaluate((el) => el.scrollTo(0, 0));
      await page.screenshot({ path: `${dir}/timeline-${version}-light.png` });
    }
  });
});
