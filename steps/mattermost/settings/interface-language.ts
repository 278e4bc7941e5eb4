import type { Page } from 'playwright';
import { interfaceStrings, placeholderPattern } from './interface-strings';

const SIDEBAR_HEADINGS = ['sidebar.types.channels', 'sidebar.types.direct_messages'] as const;

/**
 * What on the channel page does not read in `locale`: the message box placeholder and the sidebar's CHANNELS
 * and DIRECT MESSAGES headings (empty when all read in it; a page without them misses all three).
 */
export async function notInLanguage(page: Page, locale: string): Promise<string[]> {
  const strings = interfaceStrings(locale);
  const misses: string[] = [];
  const template = strings['create_post.write'];
  const placeholder = await page
    .locator('#post_textbox')
    .first()
    .getAttribute('placeholder', { timeout: 500 })
    .catch(() => null);
  if (!placeholder || !placeholderPattern(template).test(placeholder)) {
    misses.push(`the message box reads "${placeholder ?? '(no message box)'}", not "${template}"`);
  }
  const sidebar = page.locator('#SidebarContainer');
  for (const id of SIDEBAR_HEADINGS) {
    const heading = sidebar.getByText(strings[id], { exact: true }).first();
    if (!(await heading.isVisible().catch(() => false))) {
      misses.push(`the sidebar shows no "${strings[id]}" heading (${id})`);
    }
  }
  return misses;
}

/**
 * The misses once the page has settled: when the interface should be in `locale`, as soon as it is (or at the
 * timeout); when it should not (`away`), after the message box has shown and a short settle window, so a page
 * still loading does not read as "not in that language".
 */
export async function settledLanguageMisses(
  page: Page,
  locale: string,
  away: boolean,
  timeoutMs: number,
): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  if (away) {
    await page.locator('#post_textbox').first().waitFor({ state: 'visible', timeout: timeoutMs });
    await page.waitForTimeout(1000);
    return notInLanguage(page, locale);
  }
  for (;;) {
    const misses = await notInLanguage(page, locale);
    if (misses.length === 0 || Date.now() > until) return misses;
    await page.waitForTimeout(150);
  }
}
