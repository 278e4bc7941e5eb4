import type { Locator, Page } from 'playwright';
import { LOGIN, MENUS } from './selectors';

/** Clicks the first of `options` that becomes visible within `timeoutMs`; false when none does. */
export async function clickFirstVisible(options: Locator[], timeoutMs: number): Promise<boolean> {
  const any = options.reduce((union, option) => union.or(option));
  try {
    await any.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    return false;
  }
  for (const option of options) {
    if (await option.first().isVisible()) {
      await option.first().click();
      return true;
    }
  }
  return false;
}

/** Opens the main ("hamburger") menu of older versions; false on servers that have none. */
export async function openMainMenu(page: Page, timeoutMs: number): Promise<boolean> {
  const button = page.locator(MENUS.main);
  if (!(await button.isVisible())) return false;
  await button.click();
  await page.locator(MENUS.mainMenu).or(page.getByRole('menu')).first().waitFor({ timeout: timeoutMs });
  return true;
}

/** Opens the avatar menu ("User's account menu") of current versions. */
export async function openUserAccountMenu(page: Page, timeoutMs: number): Promise<void> {
  await page
    .getByRole('button', { name: "User's account menu" })
    .or(page.locator(MENUS.userAccountButton))
    .first()
    .click();
  await page
    .locator(MENUS.userAccountMenu)
    .or(page.getByRole('menu'))
    .first()
    .waitFor({ timeout: timeoutMs });
}

/** Logs out through the menus (main menu → Log Out, else avatar menu → Log out) and waits for the login page. */
export async function logOut(page: Page, timeoutMs: number): Promise<void> {
  const logoutItem = () => [
    page.locator(MENUS.logoutItem),
    page.getByRole('menuitem', { name: /^log ?out$/i }),
  ];
  // A menu already open with Log Out in it (the System Console's header menu, a main menu a line opened) is used.
  const openItem = page
    .getByRole('menu')
    .getByRole('menuitem', { name: /^log ?out$/i })
    .first();
  let clicked = await openItem.isVisible();
  if (clicked) await openItem.click();
  else clicked = (await openMainMenu(page, timeoutMs)) && (await clickFirstVisible(logoutItem(), 1_000));
  if (!clicked) {
    await page.keyboard.press('Escape');
    await openUserAccountMenu(page, timeoutMs);
    clicked = await clickFirstVisible(logoutItem(), timeoutMs);
  }
  if (!clicked) throw new Error('found no "Log Out" item in the main menu or the account menu');
  await page.locator(LOGIN.loginId).first().waitFor({ state: 'visible', timeout: timeoutMs });
}
