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
