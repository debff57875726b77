import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Everything the page did that a test may want to assert on. */
export class PageWatch {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  /** Every URL requested or opened: page, frames, workers, service workers, web sockets. */
  readonly urls = new Set<string>();

  constructor(
    private readonly page: Page,
    context: BrowserContext,
  ) {
    const record = (url: string): void => void this.urls.add(url);
    context.on('request', (request) => record(request.url()));
    context.on('serviceworker', (worker) => record(worker.url()));
    page.on('request', (request) => record(request.url()));
    page.on('websocket', (socket) => record(socket.url()));
    page.on('worker', (worker) => {
      record(worker.url());
      worker.on('console', (message) => {
        if (message.type() === 'error') this.consoleErrors.push(`[worker] ${message.text()}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
  }

  /** Installed before any page script runs, so early violations are caught too. */
  async listenForCspViolations(): Promise<void> {
    await this.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => window.__cspViolations ?? ['(listener missing)']);
  }
}

/**
 * The journeys start as a returning user, with the start card already hidden, so that each sees the
 * results at their full height; a test about the first visit sets `startCard: true`.
 */
export const test = base.extend<{
  watch: PageWatch;
  designer: DesignerPage;
  startCard: boolean;
  hideStartCard: void;
}>({
  startCard: [false, { option: true }],
  hideStartCard: [
    async ({ context, startCard }, use) => {
      if (!startCard)
        await context.addInitScript(() => {
          // Runs in every document, about:blank too, where localStorage is refused.
          if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
          const key = 'restore-hook-designer:display';
          if (localStorage.getItem(key) === null)
            localStorage.setItem(key, JSON.stringify({ startCard: false }));
        });
      await use();
    },
    { auto: true },
  ],
  watch: async ({ page, context }, use) => {
    const watch = new PageWatch(page, context);
    await watch.listenForCspViolations();
    await use(watch);
  },
  designer: async ({ page, watch: _watch }, use) => {
    await use(new DesignerPage(page));
  },
});

export { expect } from '@playwright/test';
