import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { DM, DM_URL } from './selectors';

interface Profile {
  id: string;
  username: string;
}

/** Opens the channel's Members panel from the header's members button (a second click would close it). */
export async function openMembersPanel(page: Page, timeoutMs: number): Promise<void> {
  const button = page.locator(DM.membersButton).first();
  await button.waitFor({ state: 'visible', timeout: timeoutMs });
  await button.click();
  await page.locator(DM.memberLine).first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * Waits for a DM to be the open channel and gives the username it is with: the URL ends in `/messages/@<name>`
 * and the header shows that name.
 */
export async function openDirectChannelUser(page: Page, timeoutMs: number): Promise<string> {
  await page.waitForURL(DM_URL, { timeout: timeoutMs }).catch(() => {
    throw new Error(`no direct message channel opened: the page is ${page.url()}`);
  });
  const username = decodeURIComponent(DM_URL.exec(page.url())?.[1] ?? '');
  await page
    .locator(DM.headerTitle)
    .filter({ hasText: username })
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs })
    .catch(() => {
      throw new Error(`the DM with @${username} opened, but its header does not show "${username}"`);
    });
  return username;
}

/**
 * "that user": the user a previous line picked (remembered as a user), or else one of the members of the
 * channel the scenario was in, whose Members panel the DM was opened from.
 */
export async function expectDirectChannelWithThatUser(world: CasebookWorld, page: Page): Promise<void> {
  const username = await openDirectChannelUser(page, world.timeouts.navigationMs);
  const picked = world.memory.latest('user');
  if (picked) {
    if (picked.label.toLowerCase() !== username.toLowerCase()) {
      throw new Error(`the DM opened is with @${username}, not with ${picked.label}`);
    }
    return;
  }
  const channel = world.memory.latest('channel');
  if (!channel?.id) throw new Error('no user or channel earlier in the scenario says who "that user" is');
  const members = await apiGet<Profile[]>(
    page.context(),
    `/api/v4/users?in_channel=${channel.id}&page=0&per_page=200`,
  );
  if (!members.some((member) => member.username === username)) {
    throw new Error(`the DM opened is with @${username}, who is not a member of ${channel.label}`);
  }
}
