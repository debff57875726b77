import { expect, test } from './fixtures.ts';
import { manyPods } from './helpers/manifests.ts';

test('what is typed in the Restore editor survives a reload', async ({ page, designer }) => {
  await designer.open();
  await designer.restore.focusStart();
  await page.keyboard.type('# reviewed by e2e');
  await page.keyboard.press('Enter');

  await expect
    .poll(() => designer.text('restore'))
    .toMatch(/^# reviewed by e2e\napiVersion: velero\.io\/v1/);
  // The debounced autosave has written it.
  await expect.poll(() => designer.savedDesign()).toContain('# reviewed by e2e');

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

test('a 2,000-pod design: typing reaches the engine as edits, and the compressed save survives a reload', async ({
  page,
  designer,
}) => {
  test.setTimeout(90_000);
  const saved = () => designer.savedDesign();
  const diagnosticLines = () =>
    page.evaluate(() =>
      window
        .__designer!.view()!
        .diagnostics.filter((d) => d.file === 'manifests.yaml')
        .map((d) => d.range.start.line),
    );

  await designer.open();
  const big = manyPods(2000);
  await designer.setText('manifests', big);
  await designer.engineIdle();
  const before = await diagnosticLines();
  expect(before.length).toBeGreaterThan(1000);
  // A large design is saved compressed (the link codec's format), not as 4 MB of JSON.
  await expect.poll(saved, { timeout: 20_000 }).toMatch(/^v\d+\./);
  const savedBefore = await saved();

  await designer.manifests.focusStart();
  await page.keyboard.type('# edited');
  await page.keyboard.press('Enter');
  await expect.poll(() => designer.text('manifests')).toBe(`# edited\n${big}`);
  await designer.engineIdle();
  // The worker applied the edits to its copy: every diagnostic moved down by the one new line.
  expect(await diagnosticLines()).toEqual(before.map((line) => line + 1));

  await expect.poll(saved, { timeout: 20_000 }).not.toBe(savedBefore);
  await designer.reload();
  await expect(designer.manifests.line('# edited')).toBeVisible();
  expect(await designer.text('manifests')).toBe(`# edited\n${big}`);
});
