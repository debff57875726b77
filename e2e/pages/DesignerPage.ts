import { expect, type Locator, type Page } from '@playwright/test';
import type { DesignerTestApi } from '../../app/state/designerTestApi.ts';
import { HookDesignerForm } from './HookDesignerForm.ts';

/** One labelled editor panel (Manifests or Restore). */
export class EditorPanel {
  readonly region: Locator;
  readonly editor: Locator;
  /** The rendered lines (Monaco virtualises: only what is on screen). */
  readonly lines: Locator;
  /** Monaco's hidden textarea, which carries the accessible name. */
  readonly input: Locator;

  constructor(page: Page, title: string, ariaLabel: string) {
    this.region = page.getByRole('region', { name: title });
    this.editor = this.region.locator('.monaco-editor');
    this.lines = this.editor.locator('.view-lines');
    this.input = this.region.getByRole('textbox', { name: ariaLabel });
  }

  line(text: string): Locator {
    return this.lines.locator('.view-line', { hasText: text });
  }

  /**
   * Hovers the first `text` in the editor until Monaco shows a hover, and returns it. The first
   * hover of a page waits for the YAML worker to start; a mouse that rests where it already was
   * triggers nothing, so each try moves it away first.
   */
  async hover(text: string): Promise<Locator> {
    const page = this.region.page();
    const hover = page.locator('.monaco-hover').filter({ visible: true });
    await expect(async () => {
      await page.mouse.move(0, 0);
      await this.line(text).first().getByText(text).first().hover();
      await expect(hover).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
    return hover;
  }

  /** Puts the cursor at the start of the document through a real click and keyboard. */
  async focusStart(): Promise<void> {
    await this.lines.click();
    await this.input.press('ControlOrMeta+Home');
  }
}

type TextKey = 'manifests' | 'restore';

export class DesignerPage {
  readonly manifests: EditorPanel;
  readonly restore: EditorPanel;
  /** The header's Velero version picker (a native select). */
  readonly veleroVersion: Locator;
  /** The first visit's start card, beside the results (a region). */
  readonly startCard: Locator;

  constructor(readonly page: Page) {
    this.manifests = new EditorPanel(page, 'Manifests', 'Manifests (YAML)');
    this.restore = new EditorPanel(page, 'Restore', 'Restore (YAML)');
    this.veleroVersion = page.getByRole('combobox', { name: 'Velero version' });
    this.startCard = page.getByRole('region', { name: 'Start here' });
  }

  /** Opens an example from the gallery, by the start of its title, and waits for its notice. */
  async openExample(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Examples' }).click();
    const gallery = this.page.getByRole('dialog', { name: 'Examples' });
    await gallery
      .getByRole('listitem')
      .filter({ hasText: title })
      .getByRole('button', { name: 'Open' })
      .click();
    await expect(gallery).toBeHidden();
    await expect(
      this.page.getByRole('region', { name: 'Notices' }).getByText(`Opened the example “${title}`),
    ).toBeVisible();
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await this.waitForEditors();
  }

  /** Opens the page, sets the texts given, then opens its Design tab: the hook designer form. */
  async openForm(texts: { manifests?: string; restore?: string } = {}): Promise<HookDesignerForm> {
    await this.open();
    if (texts.manifests !== undefined) await this.setText('manifests', texts.manifests);
    if (texts.restore !== undefined) await this.setText('restore', texts.restore);
    const form = new HookDesignerForm(this.page);
    await form.open();
    return form;
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForEditors();
  }

  async waitForEditors(): Promise<void> {
    await expect(this.manifests.lines).toBeVisible();
    await expect(this.restore.lines).toBeVisible();
  }

  /** The open design's autosave as stored in localStorage ('' before the first save). */
  async savedDesign(): Promise<string> {
    return this.page.evaluate(
      () => localStorage.getItem((window.__designer as DesignerTestApi).savedDesignKey()) ?? '',
    );
  }

  /** The store's texts, read through the test API. */
  async text(which: TextKey): Promise<string> {
    return this.page.evaluate((key) => {
      const api = window.__designer as DesignerTestApi;
      return key === 'manifests' ? api.getManifestsText() : api.getRestoreText();
    }, which);
  }

  /** Sets a text through the test API, where typing is not the point. */
  async setText(which: TextKey, text: string): Promise<void> {
    await this.page.evaluate(
      ([key, value]) => {
        const api = window.__designer as DesignerTestApi;
        if (key === 'manifests') api.setManifestsText(value);
        else api.setRestoreText(value);
      },
      [which, text] as const,
    );
  }

  /** Waits until the engine's result is the one for the newest input (large inputs take seconds). */
  async engineIdle(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const s = (window.__designer as DesignerTestApi).engineStatus();
        return s.resultId > 0 && !s.pending;
      },
      undefined,
      { timeout: 60_000 },
    );
  }
}
