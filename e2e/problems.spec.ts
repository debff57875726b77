import { readFile } from 'node:fs/promises';
import type { DesignerTestApi } from '../app/state/designerTestApi.ts';
import { defaultManifestsText } from '../app/state/defaults.ts';
import { expect, test } from './fixtures.ts';
import { manyPods } from './helpers/manifests.ts';
import type { Page } from '@playwright/test';

const badDuration = defaultManifestsText.replace('wait-timeout: 5m', 'wait-timeout: 1d');
const badLine = badDuration.split('\n').findIndex((l) => l.includes('wait-timeout: 1d')) + 1;

/** The list is collapsed at first (the counts stay in view); opens it. */
async function showProblems(page: Page) {
  const toggle = page.getByRole('button', { name: 'Problems', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

function markers(page: Page) {
  return page.evaluate(() => (window.__designer as DesignerTestApi).getMarkers('manifests.yaml'));
}

function cursor(page: Page) {
  return page.evaluate(() => (window.__designer as DesignerTestApi).getCursor('manifests.yaml'));
}

test('a broken duration gets a marker and a problem that leads to it', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.setText('manifests', badDuration);

  await expect
    .poll(async () => (await markers(page)).find((m) => m.code === 'timeout-not-go-duration'))
    .toMatchObject({ severity: 'warning', range: { start: { line: badLine } } });
  const filters = page.getByRole('group', { name: 'Show problems by severity' });
  await expect(filters.getByRole('button', { name: '1 warning' })).toBeVisible();

  await showProblems(page);
  const problems = page.getByRole('list', { name: 'Problems' });
  const problem = problems.getByRole('button', { name: /wait-timeout "1d" is not a Go duration/ });
  await expect(problem).toContainText('Warning');
  await expect(problem).toContainText(`Manifests ${badLine}:`);
  await problem.click();
  await expect.poll(async () => (await cursor(page))?.line).toBe(badLine);
  await expect(designer.manifests.input).toBeFocused();
  // Revealed: the squiggle under the value is drawn (Monaco only draws lines on screen).
  await expect(designer.manifests.editor.locator('.squiggly-warning').first()).toBeVisible();

  // Filtering by severity hides it; Enter on the problem works like a click.
  await filters.getByRole('button', { name: '1 warning', pressed: true }).click();
  await expect(problem).toHaveCount(0);
  await filters.getByRole('button', { name: '1 warning', pressed: false }).click();
  await designer.manifests.focusStart();
  await problem.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await cursor(page))?.line).toBe(badLine);
});

test('identical findings are one row with their count, and each location leads to its line', async ({
  page,
  designer,
}) => {
  // The same pod three times: three identical warnings (and identical infos).
  const tripled = [badDuration, badDuration, badDuration].join('---\n');
  const badLines = tripled
    .split('\n')
    .flatMap((l, i) => (l.includes('wait-timeout: 1d') ? [i + 1] : []));
  await designer.open();
  await designer.setText('manifests', tripled);
  // The header still counts findings.
  const filters = page.getByRole('group', { name: 'Show problems by severity' });
  await expect(filters.getByRole('button', { name: '3 warnings' })).toBeVisible();

  await showProblems(page);
  const problems = page.getByRole('list', { name: 'Problems' });
  const group = problems.getByRole('button', { name: /wait-timeout "1d" is not a Go duration/ });
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('× 3');
  await expect(group).toContainText(`3 locations, the first at Manifests ${badLines[0]}:`);
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await group.click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  const places = problems
    .getByRole('list', { name: 'Locations of timeout-not-go-duration' })
    .getByRole('button');
  await expect(places).toHaveCount(3);
  await expect(places.nth(1)).toHaveText(new RegExp(`^Manifests ${badLines[1]}:`));
  await places.nth(1).click();
  await expect.poll(async () => (await cursor(page))?.line).toBe(badLines[1]);
  await expect(designer.manifests.input).toBeFocused();
});

test('a quick fix changes the text, and undo brings it back', async ({ page, designer }) => {
  await designer.open();
  await designer.setText('manifests', badDuration);
  await showProblems(page);
  const problem = page
    .getByRole('list', { name: 'Problems' })
    .getByRole('button', { name: /wait-timeout "1d"/ });
  await expect(problem).toContainText('quick fix: Change to 24h');
  await problem.click();

  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget').getByText('Change to 24h');
  await expect(fix).toBeVisible();
  await fix.click();

  await expect.poll(() => designer.text('manifests')).toContain('wait-timeout: "24h"');
  await expect(
    page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: /"1d"/ }),
  ).toHaveCount(0);

  await designer.manifests.input.press('ControlOrMeta+z');
  await expect.poll(() => designer.text('manifests')).toContain('wait-timeout: 1d');
});

test('a manifest over 1 MB is plain text, without colours, and still offers quick fixes', async ({
  page,
  designer,
}) => {
  // A 1.1 MB manifest: the engine takes seconds on it, as in the other journeys on large inputs.
  test.setTimeout(60_000);
  await designer.open();
  await designer.setText('manifests', `${badDuration}---\n${manyPods(500)}`);
  await expect(page.getByText('Over 1 MB: no colours')).toBeVisible();
  await designer.engineIdle();
  // Monaco's YAML tokenizer colours keys as `mtk` classes other than the plain text's.
  const firstLine = designer.manifests.lines.locator('.view-line').first();
  await expect(firstLine.locator('span span')).toHaveCount(1);
  await showProblems(page);
  await page
    .getByRole('list', { name: 'Problems' })
    .getByRole('button', { name: /wait-timeout "1d"/ })
    .click();
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget').getByText('Change to 24h').click();
  await expect.poll(() => designer.text('manifests')).toContain('wait-timeout: "24h"');
});

test('a marker links to its entry in the diagnostic reference', async ({ page, designer }) => {
  await designer.open();
  await designer.setText('manifests', badDuration);
  await showProblems(page);
  await page
    .getByRole('list', { name: 'Problems' })
    .getByRole('button', { name: /wait-timeout "1d"/ })
    .click();
  const squiggle = designer.manifests.editor.locator('.squiggly-warning').first();
  await expect(squiggle).toBeVisible();
  await squiggle.hover({ force: true });

  const link = page.locator('.monaco-hover a.code-link', { hasText: 'timeout-not-go-duration' });
  await expect(link).toBeVisible();
  await link.click();

  const dialog = page.getByRole('dialog', { name: 'Diagnostic reference' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('#reference-timeout-not-go-duration')).toBeFocused();
  expect(page.url()).not.toContain('#');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the move fix takes an annotation init hook into the Restore’s spec.hooks, and the Plan shows it', async ({
  page,
  designer,
}) => {
  const golden = 'src/testing/golden/fixes/postgres-into-restore';
  const [manifests = '', restore = '', fixedRestore = ''] = await Promise.all(
    [
      `${golden}/before/manifests.yaml`,
      `${golden}/before/restore.yaml`,
      `${golden}/after/restore.yaml`,
    ].map((path) => readFile(path, 'utf8')),
  );
  await designer.open();
  await designer.setText('manifests', manifests);
  await designer.setText('restore', restore);
  await showProblems(page);
  const problem = page
    .getByRole('list', { name: 'Problems' })
    .getByRole('button', { name: /init-annotation-uses-mounted-path/ })
    .filter({ hasText: "quick fix: Move this init hook to the Restore's spec.hooks" })
    .first();
  await expect(problem).toBeVisible();
  await problem.click();

  await page.keyboard.press('Control+.');
  const fix = page
    .locator('.action-widget')
    .getByText("Move this init hook to the Restore's spec.hooks");
  await expect(fix).toBeVisible();
  await fix.click();

  // Both editors changed in one step: the annotations left the pod, the hook is in the Restore.
  await expect.poll(() => designer.text('restore')).toBe(fixedRestore);
  expect(await designer.text('manifests')).not.toContain('init.hook.restore.velero.io/');
  expect(await designer.text('manifests')).toContain('team.example.com/owner: data # kept');
  await designer.engineIdle();
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('button')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Plan' }).click();
  const plan = page.getByRole('tabpanel', { name: 'Plan' });
  await expect(plan.getByText('remove-pid', { exact: false }).first()).toBeVisible();
  await expect(plan).toContainText('warm');
  const view = await page.evaluate(() => (window.__designer as DesignerTestApi).view());
  expect(view?.pods[0]?.initContainers?.map((c) => c.name)).toEqual(['warm', 'remove-pid']);
});
