import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** WCAG 2.2 AA, as axe-core tags it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TABS = ['Design', 'Plan', 'Timeline', 'Versions', 'Diff', 'Export'];
/** Each dialog: the button that opens it, and the dialog's name. */
const DIALOGS: [RegExp, string][] = [
  [/^Examples$/, 'Examples'],
  [/^Share$/, 'Share this design'],
  [/^Reference$/, 'Diagnostic reference'],
  [/^Designs/, 'Designs'],
  [/^Reset$/, 'Reset the design?'],
];

/** The serious and critical violations on the page now, one line each (empty when none). */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Legacy mode runs axe inside the page only. The default opens a second page to merge results
  // across frames, which sends this one to the background, where Monaco gets no animation frames;
  // the designer has no frames to merge.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(WCAG_TAGS)
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) on ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`,
    );
}

// The start card is shown, as on a first visit, so it is checked with every tab.
test.use({ startCard: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    // Each axe run over the whole page (Monaco's DOM included) takes one to a few seconds.
    test.describe.configure({ timeout: 60_000 });

    test('no results tab has a serious or critical WCAG 2.2 AA violation', async ({
      page,
      designer,
    }) => {
      await designer.open();
      const found: string[] = [];
      for (const tab of TABS) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
        await designer.engineIdle();
        found.push(...(await seriousViolations(page, `${tab} tab`)));
      }
      expect(found).toEqual([]);
    });

    test('no dialog has a serious or critical WCAG 2.2 AA violation', async ({
      page,
      designer,
    }) => {
      await designer.open();
      const found: string[] = [];
      for (const [button, name] of DIALOGS) {
        await page.getByRole('button', { name: button }).click();
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        found.push(...(await seriousViolations(page, `${name} dialog`)));
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      expect(found).toEqual([]);
    });
  });
}

test('results tabs open from the keyboard anywhere: Alt+Shift+digit, and Home/End in the tab list', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.manifests.lines.click();
  await page.keyboard.press('Alt+Shift+3');
  const timeline = page.getByRole('tab', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-selected', 'true');
  await expect(timeline).toBeFocused();
  await expect(timeline).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+3');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Export' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Design' })).toBeFocused();
});
