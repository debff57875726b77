import { encodeShareFragment } from '../src/index.ts';
import { expect, test } from './fixtures.ts';
import type { DesignerPage } from './pages/DesignerPage.ts';

const EXAMPLE = 'Several exec hooks across two containers';

/** Opens the multiple-hooks example and makes its second postgres hook (onError Continue) fail. */
async function failTheContinueHook(designer: DesignerPage) {
  const { page } = designer;
  await designer.openExample(EXAMPLE);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page
    .getByRole('group', { name: /^Hook #2 restore-hook-1 \[1\] in postgres/ })
    .getByRole('checkbox', { name: 'fails' })
    .check();
  await expect(page.getByRole('region', { name: 'Restore outcome' })).toContainText(
    /Phase:\s+PartiallyFailed/,
  );
}

test('the Versions tab says what upgrading from 1.12 changes for a failing Continue hook, and why', async ({
  page,
  designer,
  watch,
}) => {
  await designer.open();
  await failTheContinueHook(designer);
  await designer.veleroVersion.selectOption('1.12.4');

  // From the keyboard: the Versions tab is next to the Timeline, the target select after it.
  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  const tab = page.getByRole('tab', { name: 'Versions' });
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel', { name: 'Versions' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'What changes if I upgrade from Velero 1.12.4 to 1.18.2?',
  );
  await expect(
    panel.getByText(/^Each release runs the Timeline's scenario \(1 change/),
  ).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText(/^18 releases compared \(1\.12\.4–1\.18\.2\)/);

  const phase = panel.getByRole('region', { name: 'Restore phase' });
  const ranges = phase.getByRole('listitem').filter({ has: page.locator('.version-range__value') });
  await expect(ranges.nth(0)).toContainText(/^1\.12\.4your version\s*Completed/);
  await expect(ranges.nth(1)).toContainText(/^1\.13\.0–1\.13\.2\s*PartiallyFailed/);
  await expect(ranges.last()).toContainText(/1\.18\.2compared with\s*PartiallyFailed/);
  const cause = phase
    .getByRole('listitem')
    .filter({ hasText: 'Which hook failures HandleHooks returns' });
  await expect(cause).toContainText('a Continue failure makes the Restore PartiallyFailed');
  await expect(cause.getByRole('link', { name: 'velero#7022' })).toHaveAttribute(
    'href',
    'https://github.com/velero-io/velero/issues/7022',
  );

  // The other target: main.
  await page.keyboard.press('Tab');
  const target = panel.getByRole('combobox', { name: 'Compare with' });
  await expect(target).toBeFocused();
  await target.selectOption('main');
  await expect(panel.getByRole('status')).toHaveText(/^19 releases compared \(1\.12\.4–main\)/);

  // Back to the Timeline and the hook succeeds: the phase stays Completed at 1.12.4 and 1.13.0.
  await panel.getByRole('button', { name: 'Edit it in the Timeline' }).click();
  await page
    .getByRole('group', { name: /^Hook #2 restore-hook-1 \[1\] in postgres/ })
    .getByRole('checkbox', { name: 'fails' })
    .uncheck();
  await tab.click();
  await expect(ranges.nth(0)).toContainText(/^1\.12\.4your version\s*Completed/);
  await expect(ranges.nth(1)).toContainText(/^1\.13\.0–.*Completed \(HooksAttempted 2/);
  await expect(panel.getByRole('region', { name: 'Hook errors' })).toHaveCount(0);

  // Links are only followed when clicked: nothing left the page by itself.
  const origin = new URL(page.url()).origin;
  expect([...watch.urls].filter((u) => !/^(data:|blob:)/.test(u) && !u.startsWith(origin))).toEqual(
    [],
  );
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a share link opens with the Velero version it was made with', async ({
  browser,
  page,
  designer,
}) => {
  await designer.open();
  await designer.veleroVersion.selectOption('1.12.4');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  await expect(
    dialog.getByText('Opens with Velero 1.12.4, the version picked in the header.'),
  ).toBeVisible();
  const url = await dialog.getByRole('textbox', { name: /^Link/ }).inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  const notices = other.getByRole('region', { name: 'Notices' });
  await expect(
    notices.getByText('Opened the link as a new design, “Shared design”.'),
  ).toBeVisible();
  await expect(other.getByRole('combobox', { name: 'Velero version' })).toHaveValue('1.12.4');
  await expect(notices.getByText(/predates Velero version choice/)).toHaveCount(0);
  await fresh.close();
});

test('a link made before the version picker opens with 1.18.2 and says so', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.veleroVersion.selectOption('1.12.4');
  // As the codec wrote links before the version existed: format 1, no `veleroVersion`.
  const manifestsText = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-an-old-link\n';
  const old = encodeShareFragment({ manifestsText, restoreText: '', designerPlace: 'spec' }, 1);
  await page.goto('about:blank');
  await page.goto(`./#${old}`);
  await designer.waitForEditors();
  await expect(designer.manifests.line('name: from-an-old-link')).toBeVisible();
  await expect(designer.veleroVersion).toHaveValue('1.18.2');
  await expect(
    page
      .getByRole('region', { name: 'Notices' })
      .getByText('This link predates Velero version choice; opened with Velero 1.18.2.'),
  ).toBeVisible();
});

test.describe('screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme });
      test(`the Versions tab (${colorScheme})`, async ({ page, designer }) => {
        const dir = process.env['SHOTS_DIR'];
        test.skip(!dir, 'set SHOTS_DIR to take the screenshots');
        await designer.open();
        await failTheContinueHook(designer);
        await designer.veleroVersion.selectOption('1.12.4');
        await page.getByRole('tab', { name: 'Versions' }).click();
        const notices = page.getByRole('region', { name: 'Notices' });
        await notices.getByRole('button', { name: 'Dismiss' }).click();
        await expect(page.getByRole('region', { name: 'Restore phase' })).toBeVisible();
        await page.screenshot({ path: `${dir}/versions-${colorScheme}.png` });
        await page
          .getByRole('region', { name: 'Restore phase' })
          .screenshot({ path: `${dir}/versions-phase-${colorScheme}.png` });
        await page
          .locator('.results__body')
          .screenshot({ path: `${dir}/versions-panel-${colorScheme}.png` });
      });
    });
  }
});
