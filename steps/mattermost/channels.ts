import type { Page } from 'playwright';
import { expectVisible } from '../generic/expect';
import { forgivingName } from '../generic/locate';
import { CHANNEL } from './selectors';

/** Opens a channel from the sidebar by its display name, as a tester clicks it, and waits for its header. */
export async function switchChannel(page: Page, displayName: string, timeoutMs: number): Promise<void> {
  const name = forgivingName(displayName, true);
  const link = page.locator(CHANNEL.sidebar).getByRole('link', { name });
  await expectVisible(link, `a channel called "${displayName}" in the sidebar`, timeoutMs);
  await link.first().click();
  await expectChannelShown(page, displayName, timeoutMs);
}

/** Waits until the channel header shows `displayName`. */
export async function expectChannelShown(page: Page, displayName: string, timeoutMs: number): Promise<void> {
  const header = page.locator(CHANNEL.header).filter({ hasText: forgivingName(displayName, true) });
  await expectVisible(header, `the channel "${displayName}"`, timeoutMs);
}

/**
 * Opens the first sidebar channel other than the one in the center ("switch to another channel"); its name.
 * Channel links only (`#sidebarItem_<name>`): the sidebar's Threads item (`#sidebar-threads-button`) is a
 * SidebarLink too, in Mattermost as in the sandbox.
 */
export async function openAnotherChannel(page: Page, timeoutMs: number): Promise<string> {
  const other = page
    .locator(`${CHANNEL.sidebar} a.SidebarLink[id^="sidebarItem_"]:not([aria-current="page"])`)
    .first();
  // The name only: an unread link also holds its mention count.
  const label = other.locator('.SidebarChannelLinkLabel');
  const text = (await label.count()) > 0 ? await label.first().textContent() : await other.textContent();
  const name = (text ?? '').replace(/^#/, '').trim();
  await other.click();
  await expectChannelShown(page, name, timeoutMs);
  return name;
}
