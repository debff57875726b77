import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openExample } from './helpers/timeline.ts';

/** The container named by each exec the player steps through, from the first event to the last. */
async function stepThroughExecs(page: Page): Promise<string[]> {
  const slider = page.getByRole('slider', { name: 'Event' });
  const next = page.getByRole('button', { name: 'Next event' });
  const current = page.locator('.timeline-current__text');
  await slider.focus();
  await slider.press('Home');
  await expect(page.getByText(/^1\/\d+/)).toBeVisible();
  const execs: string[] = [];
  while (await next.isEnabled()) {
    const text = (await current.textContent()) ?? '';
    const exec = /^\S+ exec \[.*\] in (\S+) \(hook /.exec(text);
    if (exec) execs.push(exec[1]!);
    await next.click();
  }
  return execs;
}

test("the docs' multiple-hooks example plays in order; a failing Fail hook cancels the rest", async ({
  page,
  designer,
  watch,
}) => {
  const totals = await openExample(page, designer);
  await expect(totals).toContainText(/Phase:\s+Completed/);
  await expect(totals).toContainText(/HooksAttempted:\s+3/);
  await expect(totals).toContainText(/HooksFailed:\s+0/);

  // Play runs from the first event on its own; pause it, then step through for the order.
  const slider = page.getByRole('slider', { name: 'Event' });
  await page.getByRole('button', { name: 'Play from start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await stepThroughExecs(page)).toEqual(['postgres', 'postgres', 'sidecar']);
  await expect(page.locator('.timeline-current')).toContainText('rule 37');

  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log).toContainText('HooksAttempted 3, HooksFailed 0: the Restore completes');

  // The first hook (onError Fail) fails: the second postgres hook and the sidecar's never run.
  const first = page.getByRole('group', { name: /^Hook #1 restore-hook-1 \[0\] in postgres/ });
  await first.getByRole('checkbox', { name: 'fails' }).check();
  await expect(totals).toContainText(/Phase:\s+PartiallyFailed/);
  await expect(totals).toContainText(/HooksAttempted:\s+3/);
  await expect(totals).toContainText(/HooksFailed:\s+3/);
  const pod = page.getByRole('region', { name: 'Pod app/db' });
  await expect(pod.getByText('failed: command terminated with exit code 1')).toBeVisible();
  await expect(pod.getByText('not executed: context canceled')).toHaveCount(2);
  expect(await stepThroughExecs(page)).toEqual(['postgres']);

  // The message is editable and flows into the restore errors.
  await first.getByRole('textbox', { name: 'with' }).fill('exit status 2');
  await expect(pod.getByText('failed: exit status 2')).toBeVisible();

  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a container that never becomes Running leaves the Restore in Finalizing', async ({
  page,
  designer,
}) => {
  await openExample(page, designer);
  const sidecar = page.getByRole('group', { name: 'Container sidecar' });
  await sidecar.getByRole('checkbox', { name: 'never runs' }).check();
  const totals = page.getByRole('region', { name: 'Restore outcome' });
  await expect(totals).toContainText(/Phase:\s+Finalizing/);
  await expect(totals).toContainText('stuck');
  await expect(
    page.getByRole('region', { name: 'Pod app/db' }).getByText('never runs: the watch never ends'),
  ).toHaveCount(1);
  // Reset brings back "everything goes well".
  await page.getByRole('button', { name: 'Reset this pod' }).click();
  await expect(totals).toContainText(/Phase:\s+Completed/);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`the timeline looks right (screenshot in ${scheme})`, async ({ page, designer }) => {
      await openExample(page, designer);
      await page
        .getByRole('group', { name: /^Hook #2 restore-hook-1 \[1\] in postgres/ })
        .getByRole('checkbox', { name: 'fails' })
        .check();
      await expect(page.getByRole('region', { name: 'Restore outcome' })).toContainText(
        'PartiallyFailed',
      );
      const slider = page.getByRole('slider', { name: 'Event' });
      await slider.focus();
      await slider.press('Home');
      for (let i = 0; i < 6; i++) await slider.press('ArrowRight');
      const path = process.env['SHOTS_DIR'];
      if (!path) return;
      const body = page.locator('.results__body');
      await body.evaluate((el) => el.scrollTo(0, 0));
      await page.screenshot({ path: `${path}/timeline-${scheme}.png` });
      await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.screenshot({ path: `${path}/timeline-${scheme}-end.png` });
    });
  });
}
