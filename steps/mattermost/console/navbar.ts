import type { Locator, Page } from 'playwright';
import { CONSOLE } from './page';

/**
 * The System Console header's menu (admin_sidebar_header, AdminNavbarDropdown): its button is "Menu Icon" (the
 * `.menu-icon` button of older versions; "Admin Console Menu" in the newest), the menu is "Admin Console Menu".
 */
export function consoleMenu(page: Page): Locator {
  return page.getByRole('menu', { name: 'Admin Console Menu' });
}

export async function openConsoleMenu(page: Page, timeoutMs: number): Promise<void> {
  await page.locator(CONSOLE.sidebar).waitFor({ timeout: timeoutMs });
  const menu = consoleMenu(page);
  if (await menu.isVisible()) return;
  await page
    .getByRole('button', { name: /^(?:Menu Icon|Admin Console Menu)$/ })
    .first()
    .click({ timeout: timeoutMs });
  await menu.waitFor({ timeout: timeoutMs });
}
