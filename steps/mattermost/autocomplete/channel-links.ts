import { randomBytes } from 'node:crypto';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { defineAlias } from '../../generic/vocabulary';
import { apiGet } from '../api';
import { scenarioChannel } from '../fixtures';
import { asUser } from '../other-user';
import { postMessage } from '../posts';

/**
 * "The link" of a messaging line: the newest post's link, a ~channel mention (`a.mention-link
 * [data-channel-mention]`, Mattermost's text formatting) before any other link of its text.
 */
defineAlias(['link', 'channel link', 'channel shortlink'], {
  css: [
    '#postListContent [data-testid="postView"]:last-of-type .post-message__text a[data-channel-mention]',
    '#postListContent [data-testid="postView"]:last-of-type .post-message__text a',
  ],
});

export interface LinkedChannel {
  id: string;
  name: string;
  display_name: string;
  team_name: string;
}

const linked = new WeakMap<CasebookWorld, LinkedChannel>();

/**
 * A public channel of the user's team the user is not in (made by the admin over REST, archived after the
 * scenario), and a post in the scenario's channel that links it as `~name`.
 */
export async function postChannelShortlink(world: CasebookWorld): Promise<LinkedChannel> {
  const page = await world.appPage();
  const home = await scenarioChannel(world, await world.session());
  const admin = world.credentials('admin');
  const baseUrl = requireBaseUrl(world.config);
  const name = `cb-link-${randomBytes(4).toString('hex')}`;
  const made = await asUser(baseUrl, admin, (client) =>
    client.send<{ id: string }>('POST', '/api/v4/channels', {
      team_id: home.team_id,
      name,
      display_name: `Linked ${name.slice(-8)}`,
      type: 'O',
    }),
  );
  world.onCleanup(() =>
    asUser(baseUrl, admin, (client) => client.send('DELETE', `/api/v4/channels/${made.id}`)),
  );
  const channel = { id: made.id, name, display_name: `Linked ${name.slice(-8)}`, team_name: home.team_name };
  linked.set(world, channel);
  world.remember('channel', {
    label: channel.display_name,
    id: channel.id,
    details: { name, team: home.team_name },
  });
  await postMessage(world, page, `~${name}`);
  return channel;
}

/** Why the user is not (or, for `wanted` false, is) in the linked channel, viewing it; undefined when as wanted. */
export async function joinedProblem(world: CasebookWorld, wanted: boolean): Promise<string | undefined> {
  const channel = linked.get(world);
  if (!channel) throw new Error('no channel link was posted in this scenario');
  const page = await world.appPage();
  const path = `/${channel.team_name}/channels/${channel.name}`;
  if (wanted) {
    await page
      .waitForURL((url) => url.pathname === path, { timeout: world.timeouts.navigationMs })
      .catch(() => undefined);
    await page
      .locator('#channelHeaderTitle', { hasText: channel.display_name })
      .waitFor({ timeout: world.timeouts.expectMs })
      .catch(() => undefined);
  }
  const viewing = new URL(page.url()).pathname === path;
  const teams = await apiGet<{ id: string; name: string }[]>(page.context(), '/api/v4/users/me/teams');
  const team = teams.find((item) => item.name === channel.team_name);
  const mine = team
    ? await apiGet<{ id: string }[]>(page.context(), `/api/v4/users/me/teams/${team.id}/channels`)
    : [];
  const member = mine.some((item) => item.id === channel.id);
  if (viewing === wanted && member === wanted) return undefined;
  return `the page is at ${new URL(page.url()).pathname} and the user is ${member ? '' : 'not '}a member of ~${channel.name}`;
}
