import { expect, test } from './fixtures.ts';

test.use({ startCard: true });

test('a first visit shows the start card: it opens tabs, hides with "Got it", stays hidden after a reload, and comes back from the header', async ({
  page,
  designer,
}) => {
  await designer.open();
  const card = designer.startCard;
  await expect(card).toBeVisible();
  await expect(card).toContainText('Manifests');
  await expect(card).toContainText('spec.hooks');
  // The results stay usable beside it.
  await expect(page.getByRole('tab', { name: 'Plan' })).toBeVisible();

  await card.getByRole('button', { name: 'Open Timeline' }).click();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await card.getByRole('button', { name: 'Open Design' }).click();
  await expect(page.getByRole('tab', { name: 'Design' })).toHaveAttribute('aria-selected', 'true');

  await card.getByRole('button', { name: 'Got it' }).click();
  await expect(card).toBeHidden();
  await designer.reload();
  await expect(card).toBeHidden();

  const startHere = page.getByRole('button', { name: 'Start here' });
  await expect(startHere).toHaveAttribute('aria-pressed', 'false');
  await startHere.click();
  await expect(card).toBeVisible();
  await expect(startHere).toHaveAttribute('aria-pressed', 'true');
});
