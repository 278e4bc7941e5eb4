import type { Locator, Page } from 'playwright';
import { expectVisible } from '../../generic/expect';

/**
 * The channel switcher "Find Channels" (PW lib `find_channels_modal.ts`): Ctrl/Cmd+K opens a dialog named "Find
 * Channels" whose combobox "quick switch input" filters `.suggestion-list__item` options.
 */
export function switcherDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Find Channels' });
}

export async function openSwitcher(page: Page, timeoutMs: number): Promise<Locator> {
  const dialog = switcherDialog(page);
  if (!(await dialog.isVisible()))
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+K' : 'Control+K');
  await expectVisible(dialog, 'the "Find Channels" switcher', timeoutMs);
  return dialog;
}

export async function typeInSwitcher(page: Page, text: string, timeoutMs: number): Promise<void> {
  const dialog = await openSwitcher(page, timeoutMs);
  await dialog.getByRole('combobox', { name: 'quick switch input' }).fill(text);
}

export function switcherOption(page: Page, channelName: string): Locator {
  return switcherDialog(page).locator('.suggestion-list__item').filter({ hasText: channelName });
}
