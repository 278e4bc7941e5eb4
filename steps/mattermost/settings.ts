import type { Locator, Page } from 'playwright';
import { clickFirstVisible, openMainMenu, openUserAccountMenu } from './menus';
import { MENUS, SETTINGS } from './selectors';

/** The tabs of the settings modals; "profile" is the current name of the older "general" tab. */
export type SettingsTab =
  | 'general'
  | 'profile'
  | 'security'
  | 'notifications'
  | 'display'
  | 'sidebar'
  | 'advanced';

const TAB_WORDS: [RegExp, SettingsTab][] = [
  [/^(general|profile settings|profile)$/i, 'general'],
  [/^security( settings)?$/i, 'security'],
  [/^notifications?( settings| preferences)?$/i, 'notifications'],
  [/^display$/i, 'display'],
  [/^sidebar$/i, 'sidebar'],
  [/^advanced$/i, 'advanced'],
];

export function settingsTabNamed(word: string): SettingsTab | undefined {
  return TAB_WORDS.find(([pattern]) => pattern.test(word.trim()))?.[1];
}

/** The open settings modal (older "Account Settings", current "Settings" or "Profile"). */
export function settingsModal(page: Page): Locator {
  return page.locator(SETTINGS.modal).first();
}

/**
 * Opens the settings modal at `tab`. Tries the older layout the corpus is written against (main menu → Account
 * Settings) and falls back to the current one (Settings gear for notifications/display/…, avatar menu →
 * Profile for general/security).
 */
export async function openSettings(
  page: Page,
  tab: SettingsTab | undefined,
  timeoutMs: number,
): Promise<Locator> {
  const modal = settingsModal(page);
  if (!(await modal.isVisible())) await openSettingsModal(page, tab, timeoutMs);
  await modal.waitFor({ state: 'visible', timeout: timeoutMs });
  if (tab) await selectTab(page, modal, tab, timeoutMs);
  return modal;
}

async function openSettingsModal(page: Page, tab: SettingsTab | undefined, timeoutMs: number): Promise<void> {
  // The main menu may already be open ("Click the hamburger menu", then "Select Account Settings").
  const item = page
    .locator(MENUS.accountSettingsItem)
    .or(page.getByRole('menuitem', { name: 'Account Settings' }));
  if (await item.first().isVisible()) return item.first().click();
  if (await openMainMenu(page, timeoutMs)) {
    const item = [
      page.locator(MENUS.accountSettingsItem),
      page.getByRole('menuitem', { name: 'Account Settings' }),
    ];
    if (await clickFirstVisible(item, 1_000)) return;
    await page.keyboard.press('Escape');
  }
  if (tab === 'general' || tab === 'profile' || tab === 'security') {
    await openUserAccountMenu(page, timeoutMs);
    const profile = [
      page.getByRole('menuitem', { name: 'Profile' }),
      page.locator(MENUS.accountSettingsItem),
    ];
    if (await clickFirstVisible(profile, timeoutMs)) return;
  } else if (
    await clickFirstVisible([page.getByRole('button', { name: 'Settings', exact: true })], timeoutMs)
  ) {
    return;
  }
  throw new Error(
    'found neither the main menu "Account Settings" item nor the current Settings/Profile buttons',
  );
}

async function selectTab(_page: Page, modal: Locator, tab: SettingsTab, timeoutMs: number): Promise<void> {
  const ids = tab === 'general' || tab === 'profile' ? ['general', 'profile'] : [tab];
  const buttons = ids.map((id) => modal.locator(SETTINGS.tabButton(id)));
  if (!(await clickFirstVisible(buttons, timeoutMs))) {
    throw new Error(
      `the settings modal has no "${tab}" tab (looked for ${ids.map((id) => `#${id}Button`).join(', ')})`,
    );
  }
}

/** Closes the settings modal with its Close button (Escape when it has none). */
export async function closeSettings(page: Page, timeoutMs: number): Promise<void> {
  const modal = settingsModal(page);
  if (!(await modal.isVisible())) return;
  const close = modal.getByRole('button', { name: 'Close' }).first();
  if (await close.isVisible()) await close.click();
  else await page.keyboard.press('Escape');
  await modal.waitFor({ state: 'hidden', timeout: timeoutMs });
}
