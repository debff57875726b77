import { expect, type Locator, type Page } from '@playwright/test';
import type { DesignerView } from '../../src/index.ts';
import type { DesignerTestApi } from '../../app/state/designerTestApi.ts';

/** The Design tab: the hook designer form over the two texts. */
export class HookDesignerForm {
  readonly tab: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Design' });
    this.panel = page.getByRole('tabpanel');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.panel.getByLabel('Target')).toBeVisible();
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  async choose(option: string): Promise<void> {
    await this.panel.getByRole('radio', { name: option }).check();
  }

  resourceHook(n: number): Locator {
    return this.panel.getByRole('group', { name: new RegExp(`^Resource hook ${n}\\b`) });
  }

  /** The pods a resource hook selects, as the engine explained them. */
  matches(n: number): Locator {
    return this.panel.getByRole('region', { name: `Pods selected by resource hook ${n}` });
  }

  /** The latest engine result, through the test API. */
  async view(): Promise<DesignerView | null> {
    return this.page.evaluate(() => (window.__designer as DesignerTestApi).view());
  }
}
