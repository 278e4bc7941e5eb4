import type { Locator, Page } from 'playwright';

/** Matches `text` inside an element's text, ignoring case and runs of whitespace. */
export function textPattern(text: string): RegExp {
  const escaped = text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(escaped, 'i');
}

function visibleText(page: Page | Locator, text: string): Locator {
  return page.getByText(textPattern(text)).filter({ visible: true });
}

/** Waits until `text` is visible somewhere on the page (or inside `scope`). */
export async function expectTextShown(
  scope: Page | Locator,
  text: string,
  timeoutMs: number,
): Promise<Locator> {
  const match = visibleText(scope, text).first();
  try {
    await match.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new Error(`expected to see "${text}", but it is not shown (waited ${timeoutMs / 1000} s)`);
  }
  return match;
}

/** Waits until no visible element shows `text` (passes at once when none does). */
export async function expectTextHidden(
  scope: Page | Locator,
  text: string,
  timeoutMs: number,
): Promise<void> {
  const matches = visibleText(scope, text);
  const deadline = Date.now() + timeoutMs;
  while ((await matches.count()) > 0) {
    if (Date.now() >= deadline) throw new Error(`expected "${text}" not to be shown, but it still is`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Waits until `locator` is visible, with an error that names what was expected. */
export async function expectVisible(locator: Locator, what: string, timeoutMs: number): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new Error(`expected ${what} to be shown, but it is not (waited ${timeoutMs / 1000} s)`);
  }
}
