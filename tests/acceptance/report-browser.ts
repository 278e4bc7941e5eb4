// Opens report pages in the Debian chromium and records any sign of script from the report's data:
// dialogs, calls to the trapped dialog functions, the `window.__pwned` sentinel, page errors and
// elements a payload would have created.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, requireBrowser } from '../../tools/bdd/browser-path';

// Runs in every page before its own scripts.
const TRAPS = `(() => {
  const hits = [];
  Object.defineProperty(window, '__scriptHits', { value: hits });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, { value: (...args) => { hits.push(name + '(' + args.join(',') + ')'); }, writable: false, configurable: false });
  }
  Object.defineProperty(window, '__pwned', { set: (value) => hits.push('__pwned=' + value), get: () => undefined });
})();`;

export class ReportBrowser {
  readonly problems: string[] = [];
  private constructor(
    private readonly browser: Browser,
    readonly context: BrowserContext,
  ) {}

  static async launch(): Promise<ReportBrowser> {
    const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1400, height: 1000 },
    });
    await context.addInitScript(TRAPS);
    return new ReportBrowser(browser, context);
  }

  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    page.on('dialog', async (dialog) => {
      this.problems.push(`dialog on ${url}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => this.problems.push(`page error on ${url}: ${error.message}`));
    await page.goto(url);
    await page.waitForLoadState('load');
    return page;
  }

  /** Expands every scenario, opens every attachment and error viewer, uses search and tag filters. */
  async exercise(page: Page): Promise<void> {
    // Click the corner: the header also holds the case key link.
    for (const button of await page.locator('.scenario-card > button').all())
      await button.click({ position: { x: 4, y: 4 } });
    for (const trigger of await page.locator('.modal-trigger').all()) {
      await trigger.click();
      await page.keyboard.press('Escape');
    }
    for (const id of ['#feature-tag-filter-button', '#scenario-tag-filter-button']) {
      if (await page.locator(id).isVisible()) await page.locator(id).click();
    }
    const search = page.locator('#feature-search, #scenario-search').first();
    if (await search.isVisible()) {
      await search.fill('MM');
      await search.fill('');
    }
  }

  /** Everything suspicious seen on the page so far. */
  async scriptEvidence(page: Page): Promise<string[]> {
    const inPage = await page.evaluate(() => {
      const hits = [...((window as unknown as { __scriptHits: string[] }).__scriptHits ?? [])];
      const injected = document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]');
      const inlineAlerts = [...document.querySelectorAll('script:not([src])')].filter(
        (script) =>
          /alert\(/.test(script.textContent ?? '') &&
          !/const (featureData|chartData)/.test(script.textContent ?? ''),
      );
      return [
        ...hits,
        ...[...injected].map((element) => `injected element: ${element.outerHTML.slice(0, 80)}`),
        ...inlineAlerts.map((script) => `injected script: ${(script.textContent ?? '').slice(0, 80)}`),
      ];
    });
    return [...inPage, ...this.problems];
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
