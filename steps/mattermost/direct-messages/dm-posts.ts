import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, apiSend } from '../api';
import { asUser } from '../other-user';
import { freshUser } from './fresh-user';

/**
 * A DM between the tester and a user of the scenario's own (so no other scenario's posts are in it), where that
 * user posts `message` (Client4 createDirectChannel, createPost); the post is remembered as the scenario's latest,
 * marked as a DM post.
 */
export async function messageInDirectChannel(world: CasebookWorld, message: string): Promise<string> {
  const page = await world.appPage();
  const me = await apiGet<{ id: string }>(page.context(), '/api/v4/users/me');
  const other = await freshUser(world);
  const dm = await apiSend<{ id: string }>(page.context(), 'POST', '/api/v4/channels/direct', [
    me.id,
    other.id,
  ]);
  const post = await asUser(requireBaseUrl(world.config), other, (client) =>
    client.send<{ id: string }>('POST', '/api/v4/posts', { channel_id: dm.id, message }),
  );
  world.remember('post', {
    label: message,
    id: post.id,
    details: { channel: other.username, direct: 'yes' },
  });
  return post.id;
}
