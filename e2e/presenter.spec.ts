import { expect, test } from './fixtures.ts';

/**
 * Browser zoom shrinks the CSS viewport: 1280×800 at 150% is 853×533 CSS pixels, at 200% 640×400.
 * Below 900 px the page stacks its two columns; the presenter view keeps them side by side.
 */
for (const zoom of [1.5, 2]) {
  test.describe(`at ${zoom * 100}% zoom`, () => {
    test.use({
      viewport: { width: Math.round(1280 / zoom), height: Math.round(800 / zoom) },
      deviceScaleFactor: zoom,
    });

    test('the presenter view shows the manifests and the Timeline together', async ({
      page,
      designer,
    }) => {
      await designer.open();
      const presenter = page.getByRole('button', { name: 'Presenter view' });
      await presenter.click();
      await expect(presenter).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('tab', { name: 'Timeline' }).click();
      const timeline = page.getByRole('tabpanel', { name: 'Timeline' });
      await expect(timeline.getByText('HooksAttempted:')).toBeVisible();

      const viewport = page.viewportSize()!;
      const manifests = (await designer.manifests.region.boundingBox())!;
      const results = (await timeline.boundingBox())!;
      // Side by side, both on screen without scrolling.
      expect(results.x).toBeGreaterThanOrEqual(manifests.x + manifests.width);
      expect(results.y).toBeLessThan(manifests.y + manifests.height);
      for (const box of [manifests, results]) {
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
      }
      await expect(designer.manifests.line('kind: Pod')).toBeVisible();
      if (process.env['SHOTS_DIR'])
        await page.screenshot({ path: `${process.env['SHOTS_DIR']}/presenter-${zoom * 100}.png` });

      // Remembered in this browser, like the theme.
      await designer.reload();
      await expect(presenter).toHaveAttribute('aria-pressed', 'true');
    });
  });
}
