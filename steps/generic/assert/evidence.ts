import type { Page } from 'playwright';
import { candidatesOnPage, formatCandidate } from '../candidates';
import { nearest } from '../similarity';
import type { Scope } from './vocabulary';

/** Visible text lines and control names inside `scope`, for "the nearest thing found". */
async function visibleTexts(page: Page, scope: Scope): Promise<string[]> {
  const root = scope === page ? page.locator('body') : (scope as ReturnType<Page['locator']>);
  const text = await root
    .first()
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text (textContent also holds hidden elements)
    .innerText({ timeout: 1_000 })
    .catch(() => '');
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line.length <= 160);
  const controls = scope === page ? (await candidatesOnPage(page)).map(formatCandidate) : [];
  return [...new Set([...lines, ...controls])];
}

/** "Nearest: “Save changes”, button “Save”" — or what the place showed when nothing is close. */
export async function nearestFound(page: Page, scope: Scope, label: string | undefined): Promise<string> {
  const texts = await visibleTexts(page, scope);
  if (texts.length === 0) return 'the place shows no text at all';
  const closest = label ? nearest(label, texts, (text) => text, 4) : texts.slice(0, 4);
  return `nearest found: ${closest.map((text) => JSON.stringify(text)).join(', ')}`;
}

/** Whether the page shows the app (not a blank tab or an empty document), so that an absence means something. */
export async function pageShowsSomething(page: Page): Promise<boolean> {
  if (page.isClosed() || page.url().startsWith('about:')) return false;
  const text = await page
    .locator('body')
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text (textContent also holds hidden elements)
    .innerText({ timeout: 2_000 })
    .catch(() => '');
  return text.trim().length > 0;
}
