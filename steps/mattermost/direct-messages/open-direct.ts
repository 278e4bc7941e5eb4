import type { Page } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, apiSend } from '../api';
import { asUser } from '../other-user';
import { openDirectChannelUser } from './direct';
import { freshUser } from './fresh-user';

interface Named {
  id: string;
  name: string;
}

/**
 * "View a DM channel", "Open a GM channel": a DM with a user of the scenario's own (a GM: with them and the other
 * test user), made through the REST API, where that user has posted a message as an existing conversation has;
 * opened at its URL (`/<team>/messages/@user`, a GM `/<team>/messages/<name>`), remembered as the channel and its
 * message as the post.
 */
export async function openDirectConversation(world: CasebookWorld, group: boolean): Promise<Page> {
  const page = await world.appPage();
  const context = page.context();
  const me = await apiGet<{ id: string }>(context, '/api/v4/users/me');
  const [team] = await apiGet<Named[]>(context, '/api/v4/users/me/teams');
  if (!team) throw new Error('the tester belongs to no team: add the user to a team on the server');
  const teammate = await freshUser(world);
  let channel: Named;
  let path: string;
  if (group) {
    const other = await apiGet<Named>(
      context,
      `/api/v4/users/username/${encodeURIComponent(world.credentials('other').username)}`,
    );
    channel = await apiSend<Named>(context, 'POST', '/api/v4/channels/group', [me.id, other.id, teammate.id]);
    path = `/${team.name}/messages/${channel.name}`;
  } else {
    channel = await apiSend<Named>(context, 'POST', '/api/v4/channels/direct', [me.id, teammate.id]);
    path = `/${team.name}/messages/@${teammate.username}`;
  }
  const message = `a message from ${teammate.username} in this ${group ? 'group' : 'direct'} conversation`;
  const post = await asUser(requireBaseUrl(world.config), teammate, (client) =>
    client.send<{ id: string }>('POST', '/api/v4/posts', { channel_id: channel.id, message }),
  );
  await page.goto(path);
  if (group) await page.waitForURL(`**${path}`, { timeout: world.timeouts.navigationMs });
  else await openDirectChannelUser(page, world.timeouts.navigationMs);
  world.remember('channel', { label: group ? channel.name : teammate.username, id: channel.id });
  world.remember('post', { label: message, id: post.id, details: { channel: channel.name } });
  return page;
}
