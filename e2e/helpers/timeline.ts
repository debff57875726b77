/** Set-up shared by the timeline journeys. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';
import type { DesignerPage } from '../pages/DesignerPage.ts';

const example = (file: string) =>
  readFileSync(
    new URL(`../../public/examples/multiple-hooks-ordering/${file}`, import.meta.url),
    'utf8',
  );

/**
 * Opens the page with the docs' multiple-hooks example and shows the Timeline tab; returns the
 * Restore outcome region (the totals).
 */
export async function openExample(page: Page, designer: DesignerPage): Promise<Locator> {
  await designer.open();
  await designer.setText('manifests', example('manifests.yaml'));
  await designer.setText('restore', example('restore.yaml'));
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: 'Pod app/db' })).toBeVisible();
  return page.getByRole('region', { name: 'Restore outcome' });
}
