import { expect, test } from './fixtures.ts';
import { openExample } from './helpers/timeline.ts';

test('the totals follow the player, Play has a speed, rule badges open the rule, unset values read in words', async ({
  page,
  designer,
  watch,
}) => {
  const totals = await openExample(page, designer);
  await expect(totals).toContainText('Final totals, at the last event');
  await expect(totals).toContainText(/Phase:\s+Completed/);

  // At the first event the restore is still running: the counts then, not the final ones.
  const slider = page.getByRole('slider', { name: 'Event' });
  await slider.focus();
  await slider.press('Home');
  await expect(totals).toContainText(/At event 1 of \d+, t = 0s/);
  await expect(totals).toContainText(/Phase:\s+InProgress/);
  await expect(totals).toContainText(/HooksAttempted:\s+3/);
  await expect(totals).toContainText(/HooksFailed:\s+0/);
  await slider.press('End');
  await expect(totals).toContainText(/Phase:\s+Completed/);

  // A faster Play.
  const speed = page.getByRole('combobox', { name: 'Speed' });
  await speed.selectOption('4');
  await expect(speed).toHaveValue('4');
  await page.getByRole('button', { name: 'Play from start' }).click();
  await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(0);

  // The rule badge of the last event opens rule 37's text; Escape closes it.
  await slider.press('End');
  const badge = page.locator('.timeline-current').getByRole('button', {
    name: 'rule 37',
    exact: true,
  });
  await badge.click();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  const rule = page.getByRole('region', { name: 'Rule 37: what Velero does' });
  await expect(rule).toContainText('internal/hook/hook_tracker.go');
  await page.keyboard.press('Escape');
  await expect(rule).toBeHidden();
  await expect(badge).toBeFocused();

  // Go zero values in words.
  const pod = page.getByRole('region', { name: 'Pod app/db' });
  await expect(pod).toContainText('onError unset (acts as Continue)');
  await expect(pod).toContainText('execTimeout unset (acts as 30s)');

  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
