import type { Locator, Page } from 'playwright';
import { SETTINGS } from './selectors';
import { openSettings } from './settings';

/** Opens Settings → Security → "View and Log Out of Active Sessions" and returns the Active Sessions modal. */
export async function openActiveSessions(page: Page, timeoutMs: number): Promise<Locator> {
  const modal = page.locator(SETTINGS.activeSessionsModal);
  if (await modal.isVisible()) return modal;
  await openSettings(page, 'security', timeoutMs);
  await page.locator(SETTINGS.activeSessionsButton).click();
  await modal.waitFor({ state: 'visible', timeout: timeoutMs });
  return modal;
}

/** Expands every row's "More info" so each shows its "Session ID: …". */
async function expandAll(modal: Locator): Promise<void> {
  const rows = modal.locator(SETTINGS.sessionRow);
  await rows.first().waitFor();
  for (const row of await rows.all()) {
    const more = row.getByText(/^more info$/i);
    if (await more.isVisible()) await more.click();
  }
}

/** The row of the Active Sessions list whose "Session ID" is `sessionId`. */
export async function sessionRow(modal: Locator, sessionId: string): Promise<Locator> {
  await expandAll(modal);
  const row = modal.locator(SETTINGS.sessionRow).filter({ hasText: `Session ID: ${sessionId}` });
  if ((await row.count()) !== 1) {
    const ids = await modal.locator(SETTINGS.sessionRow).allInnerTexts();
    throw new Error(`no Active Sessions row shows "Session ID: ${sessionId}"; rows:\n${ids.join('\n---\n')}`);
  }
  return row;
}

/** Clicks "Log Out" in the row of `sessionId` and waits until the row is gone. */
export async function logOutSession(modal: Locator, sessionId: string, timeoutMs: number): Promise<void> {
  const row = await sessionRow(modal, sessionId);
  await row.getByRole('button', { name: /^log ?out$/i }).click();
  await row.waitFor({ state: 'detached', timeout: timeoutMs });
}
