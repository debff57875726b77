import { expect, test } from './fixtures.ts';

test('an example opens with its lesson: numbered steps that open their tab, hidden and brought back', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.openExample('PostgreSQL: remove a stale postmaster.pid');
  const lesson = page.getByRole('region', { name: /^Lesson: PostgreSQL/ });
  await expect(lesson).toBeVisible();
  // What to notice is shown whole, not cut in a notice.
  await expect(lesson).toContainText('postmaster.pid');
  const steps = lesson.getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
  await expect(lesson.getByText('Step 1 of 4')).toBeVisible();

  // Next step moves on and opens the tab the step is about.
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  await expect(lesson.getByText('Step 2 of 4')).toBeVisible();

  // A step's own button goes straight to its tab.
  await steps.nth(2).getByRole('button', { name: 'Show Diff' }).click();
  await expect(page.getByRole('tab', { name: 'Diff' })).toHaveAttribute('aria-selected', 'true');
  await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');

  // Hidden, then brought back from the header where it was left; a reload keeps the place.
  await lesson.getByRole('button', { name: 'Hide lesson' }).click();
  await expect(lesson).toBeHidden();
  await page.getByRole('button', { name: 'Lesson' }).click();
  await expect(lesson.getByText('Step 3 of 4')).toBeVisible();
  await designer.reload();
  await expect(lesson.getByText('Step 3 of 4')).toBeVisible();

  // The current step is scrolled into view within the panel as the lesson moves on.
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await expect(steps.nth(3)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(3)).toBeInViewport({ ratio: 0.9 });
  await expect(lesson).toBeInViewport();
});
