import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { apiGet, apiSend } from '../api';
import { expectChannelShown } from '../channels';

/**
 * The channel header menu (Mattermost's `channel_header_dropdown`): the button `#channelHeaderDropdownButton`
 * around the channel name opens a `role=menu` named "<channel> Channel Menu" (PW lib `channel_menu.ts`) whose
 * `menuitem`s are named as the app names them (Add Members, Manage Members or View Members, Edit Channel Header,
 * Edit Channel Purpose, Rename Channel, Convert to Private Channel, Archive Channel, Leave Channel, …).
 */
export const HEADER_MENU_BUTTON = '#channelHeaderDropdownButton';

export function headerMenu(page: Page): Locator {
  return page.getByRole('menu', { name: /Channel Menu$/ }).filter({ visible: true });
}

export async function openHeaderMenu(page: Page, timeoutMs: number): Promise<Locator> {
  const menu = headerMenu(page);
  if (!(await menu.isVisible())) {
    const button = page.locator(HEADER_MENU_BUTTON);
    await expectVisible(button, 'the channel name drop-down (channel header menu button)', timeoutMs);
    await button.click();
  }
  await expectVisible(menu, 'the channel header menu', timeoutMs);
  return menu;
}

/** The open menu's item called `label` (exactly, case aside). */
export function headerMenuItem(menu: Locator, label: string): Locator {
  const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return menu.getByRole('menuitem', { name: exact });
}

/** The menu that a line about available items reads: open already (a former line opened it). */
export async function openedHeaderMenu(page: Page): Promise<Locator> {
  const menu = headerMenu(page);
  if (!(await menu.isVisible())) {
    throw new Error(
      'the channel header menu is not open: a line such as "Click the down arrow next to the channel header" opens it first',
    );
  }
  return menu;
}

interface Named {
  id: string;
  name: string;
  display_name: string;
}

/**
 * A channel a case makes or joins on the way ("Join or create a channel", "on private channel"): a fresh one of
 * the scenario's, made through the REST API as the logged-in user (so a member), archived after the scenario,
 * opened by its URL after the channel the tester was viewing is remembered as `previous channel`.
 */
export async function openNewChannel(
  world: CasebookWorld,
  page: Page,
  type: 'O' | 'P',
): Promise<Named & { team_name: string }> {
  const context = page.context();
  const [team] = await apiGet<Named[]>(context, '/api/v4/users/me/teams');
  const name = `cb-${type === 'P' ? 'private' : 'public'}-${randomBytes(3).toString('hex')}`;
  const channel = await apiSend<Named>(context, 'POST', '/api/v4/channels', {
    team_id: team.id,
    name,
    display_name: name,
    type,
    purpose: 'casebook: a channel one scenario made (archived after it)',
  });
  world.onCleanup(async () => {
    // The scenario may have left or archived it already; an admin-free cleanup does what it can.
    await apiSend(context, 'DELETE', `/api/v4/channels/${channel.id}`).catch(() => undefined);
  });
  await rememberViewedChannel(world, page, 'previous channel');
  await page.goto(`/${team.name}/channels/${name}`);
  await expectChannelShown(page, name, world.timeouts.navigationMs);
  world.remember('channel', { label: name, id: channel.id, details: { name, team: team.name } });
  return { ...channel, team_name: team.name };
}

/** Remembers the channel the page shows (from its URL and header) under `kind`. */
export async function rememberViewedChannel(world: CasebookWorld, page: Page, kind: string): Promise<void> {
  const match = new URL(page.url()).pathname.match(/^\/([^/]+)\/channels\/([^/]+)$/);
  if (!match) return;
  const title = ((await page.locator('#channelHeaderTitle').textContent()) ?? '').trim();
  world.remember(kind, { label: title || match[2], details: { name: match[2], team: match[1] } });
}
