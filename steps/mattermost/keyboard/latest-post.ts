import type { Page } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { apiSend } from '../api';
import { openScenarioChannel, scenarioChannel } from '../fixtures';
import { asUser } from '../other-user';
import { CHANNEL } from '../selectors';

/** Center posts (Mattermost's postView); system messages carry `post--system` in the real app and the sandbox. */
const CENTER_POSTS = `:is(${CHANNEL.postList}) [data-testid="postView"]`;
const REGULAR_POSTS = `${CENTER_POSTS}:not(.post--system)`;

interface Posted {
  id: string;
  message: string;
}

/**
 * "In a channel with a system message as its most recent", "Ensure the latest message in the channel is a
 * non-system, non-ephemeral message as its most recent": the scenario's channel gets a regular post by the
 * second user and, for a system message, a header change after it (Mattermost posts "<user> updated the
 * channel header …", as joining a channel posts a join message). The regular post is remembered as the post.
 */
export async function arrangeLatestPost(world: CasebookWorld, latestIsSystem: boolean): Promise<void> {
  await world.appPage();
  const session = await world.session();
  const page = await openScenarioChannel(world, session);
  const channel = await scenarioChannel(world, session);
  const message = `A reply-able message ${Date.now().toString(36)}`;
  const regular = await asUser(requireBaseUrl(world.config), world.credentials('other'), (client) =>
    client.send<Posted>('POST', '/api/v4/posts', { channel_id: channel.id, message }),
  );
  world.remember('post', { label: message, id: regular.id });
  await page.locator(`#post_${regular.id}`).waitFor({ timeout: world.timeouts.expectMs });
  if (!latestIsSystem) return;
  const shown = await page.locator(CENTER_POSTS).count();
  await apiSend(page.context(), 'PUT', `/api/v4/channels/${channel.id}/patch`, {
    header: `Header set at ${new Date().toISOString()}`,
  });
  const newestIsSystem = async () =>
    (await page.locator(CENTER_POSTS).count()) > shown &&
    (await page
      .locator(CENTER_POSTS)
      .last()
      .evaluate((el) => el.classList.contains('post--system')));
  if (!(await eventually(newestIsSystem, world.timeouts.expectMs))) {
    throw new Error('the header change showed no system message as the newest post of the channel');
  }
}

/** The id of the newest post of the center that is neither a system message nor ephemeral. */
export async function latestReplyablePostId(page: Page): Promise<string> {
  const newest = page.locator(REGULAR_POSTS).last();
  const id = (await newest.getAttribute('id', { timeout: 2000 }).catch(() => null))?.replace(/^post_/, '');
  if (!id) throw new Error('the channel shows no regular post to reply to');
  return id;
}

/** Whether the RHS shows the thread of `rootId` with the focus in its reply box, within `timeoutMs`. */
export function threadOpensFor(page: Page, rootId: string, timeoutMs: number): Promise<boolean> {
  const holds = () =>
    page.evaluate((id) => {
      const root = document.getElementById('sidebar-right')?.querySelector(`#rhsPost_${CSS.escape(id)}`);
      const focused = document.activeElement;
      const inReplyBox =
        focused?.id === 'reply_textbox' || focused?.getAttribute('data-testid') === 'reply_textbox';
      return Boolean(root && inReplyBox);
    }, rootId);
  return eventually(holds, timeoutMs);
}

async function eventually(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * "Have another user post in the same channel", "… in the channel you selected": the second test user posts in
 * the channel the page shows (through the REST API, as themself); the post is on screen before the next line.
 */
export async function otherUserPostsHere(world: CasebookWorld): Promise<void> {
  const page = await world.appPage();
  const [, teamName, kind, channelName] = new URL(page.url()).pathname.split('/');
  if (kind !== 'channels' || !channelName) throw new Error(`the page shows no channel (${page.url()})`);
  const message = `A message from the other user ${Date.now().toString(36)}`;
  const posted = await asUser(requireBaseUrl(world.config), world.credentials('other'), async (client) => {
    const channel = await client.get<{ id: string }>(
      `/api/v4/teams/name/${teamName}/channels/name/${channelName}`,
    );
    return client.send<Posted>('POST', '/api/v4/posts', { channel_id: channel.id, message });
  });
  await page.locator(`#post_${posted.id}`).waitFor({ timeout: world.timeouts.expectMs });
}
