import type { Locator, Page } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { squash } from '../../generic/similarity';
import { apiGet } from '../api';
import { scenarioChannel } from '../fixtures';
import { asUser } from '../other-user';
import { CHANNEL } from '../selectors';
import { userNamed } from '../users';

/** A channel a sidebar line names: its id, URL name and display name. */
export interface NamedChannel {
  id: string;
  name: string;
  display_name: string;
}

/** The sidebar item (`li.SidebarChannel`) holding the channel's link `#sidebarItem_<name>`, as in Mattermost. */
export function sidebarItem(page: Page, channelName: string): Locator {
  return page
    .locator(`${CHANNEL.sidebar} li.SidebarChannel`)
    .filter({ has: page.locator(`[id="sidebarItem_${channelName}"]`) });
}

/**
 * The channel a line names: "Town Square", "Off Topic" among the user's channels on their team, "the test channel"
 * and "this same channel" the scenario's own channel.
 */
export async function channelNamed(world: CasebookWorld, words: string): Promise<NamedChannel> {
  const page = await world.appPage();
  if (/^(?:the\s+)?(?:test|same|this\s+same|scenario(?:'s)?)\s+channel$/i.test(words.trim())) {
    return scenarioChannel(world, await world.session());
  }
  const [team] = await apiGet<{ id: string }[]>(page.context(), '/api/v4/users/me/teams');
  const channels = await apiGet<NamedChannel[]>(page.context(), `/api/v4/users/me/teams/${team.id}/channels`);
  const wanted = squash(words.replace(/^(?:the|a)\s+|\s+channel$/gi, ''));
  const channel = channels.find((item) => squash(item.display_name) === wanted);
  if (!channel) {
    throw new Error(
      `no channel called "${words}" among the user's channels (${channels.map((c) => c.display_name).join(', ')})`,
    );
  }
  return channel;
}

export function rememberChannel(world: CasebookWorld, channel: NamedChannel): void {
  world.remember('channel', { label: channel.display_name, id: channel.id, details: { name: channel.name } });
}

/**
 * `who` ("another user", "User A") posts in the channel, mentioning the tester when `mention` is set. The step
 * waits until the tester's app has the post: in the channel when it is open there, else as the channel's
 * unread mark in the sidebar (what every later line about it reads).
 */
export async function postAs(
  world: CasebookWorld,
  who: string,
  channel: NamedChannel,
  mention: boolean,
): Promise<void> {
  const author = /another|other|second/i.test(who) ? world.credentials('other') : userNamed(world, who);
  const tester = world.credentials('default');
  const page = await world.appPage();
  const words = `A message for the sidebar ${Date.now().toString(36)}`;
  const message = mention && author.username !== tester.username ? `@${tester.username} ${words}` : words;
  const post = await asUser(requireBaseUrl(world.config), author, (client) =>
    client.send<{ id: string }>('POST', '/api/v4/posts', { channel_id: channel.id, message }),
  );
  world.remember('post', { label: message, id: post.id });
  rememberChannel(world, channel);
  if (author.username === tester.username) return;
  const shown = page.locator(`[id="post_${post.id}"]`);
  const marked = page.locator(`${CHANNEL.sidebar} [id="sidebarItem_${channel.name}"].unread-title`);
  await expectVisible(
    shown.or(marked),
    `the post of ${author.username} in ${channel.display_name}`,
    world.timeouts.expectMs,
  );
}

/**
 * Opens the sidebar "Channel options" menu of the channel the scenario last named (else the open one), as
 * Mattermost's tests do: hover the item, click its `.SidebarMenu_menuButton`.
 */
export async function openSidebarChannelMenu(world: CasebookWorld): Promise<void> {
  const page = await world.appPage();
  const remembered = world.memory.latest('channel');
  const name =
    (remembered?.details as { name?: string } | undefined)?.name ?? (await currentChannelName(page));
  const item = sidebarItem(page, name);
  await expectVisible(
    item,
    `the channel "${remembered?.label ?? name}" in the sidebar`,
    world.timeouts.expectMs,
  );
  await item.hover();
  await item.locator('.SidebarMenu_menuButton').click();
  await expectVisible(
    page.getByRole('menu', { name: 'Edit channel menu' }),
    'the sidebar channel menu',
    world.timeouts.expectMs,
  );
}

async function currentChannelName(page: Page): Promise<string> {
  const [, , kind, name] = new URL(page.url()).pathname.split('/');
  if (kind !== 'channels' || !name) throw new Error(`the page shows no channel (${page.url()})`);
  return name;
}
