import type { BrowserContext, Page } from 'playwright';
import { pageScript } from './page-scripts';

/** Makes every page of the context report its visibility from a flag the steps control (see focus-emulation.js). */
export async function emulateTabFocus(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: pageScript('focus-emulation') });
}

/** As the page sees it: hidden, unfocused, with `visibilitychange` and `blur` fired. */
export async function sendToBackground(page: Page): Promise<void> {
  await setTabVisible(page, false);
}

/** Brings the tab to the front: visible, focused, with `visibilitychange` and `focus` fired. */
export async function bringToForeground(page: Page): Promise<void> {
  await page.bringToFront();
  await setTabVisible(page, true);
}

async function setTabVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((next) => {
    const set = (window as unknown as { __casebookSetTabVisible?: (v: boolean) => void })
      .__casebookSetTabVisible;
    if (!set) throw new Error('tab focus emulation is not installed in this page');
    set(next);
  }, visible);
}

/** What the page itself reports (for assertions and diagnostics). */
export function tabState(
  page: Page,
): Promise<{ visibilityState: string; hidden: boolean; hasFocus: boolean }> {
  return page.evaluate(() => ({
    visibilityState: document.visibilityState,
    hidden: document.hidden,
    hasFocus: document.hasFocus(),
  }));
}
