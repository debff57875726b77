import { expect, test } from './fixtures.ts';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} OS colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`page and editors follow it`, async ({ page, designer }) => {
      await designer.open();
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
      const isDark = (r + g + b) / 3 < 128;
      expect(isDark).toBe(scheme === 'dark');
      const monacoTheme = scheme === 'dark' ? /\bvs-dark\b/ : /\bvs\b/;
      await expect(designer.manifests.editor).toHaveClass(monacoTheme);
      await expect(designer.restore.editor).toHaveClass(monacoTheme);
    });
  });
}

test.describe('the Theme control', () => {
  test.use({ colorScheme: 'light' });

  test('overrides the OS scheme for the page and the editors, and is remembered', async ({
    page,
    designer,
  }) => {
    await designer.open();
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toHaveValue('system');
    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(designer.manifests.editor).toHaveClass(/\bvs-dark\b/);
    await designer.reload();
    await expect(theme).toHaveValue('dark');
    await expect(designer.restore.editor).toHaveClass(/\bvs-dark\b/);
    await theme.selectOption('system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(designer.manifests.editor).toHaveClass(/\bvs\b/);
  });
});
