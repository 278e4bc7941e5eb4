import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { invalidBodyParam, notFound } from '../../errors';
import { readableChannel } from '../../routes/channels';
import { idParam, idSchema, requireSelfOrAdmin, userIdParam } from '../../routes/params';
import { visibleTeam } from '../../routes/teams';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';
import { type UnreadCounts, UnreadStore } from './counts';

const viewBody = z.object({
  channel_id: idSchema,
  prev_channel_id: z.union([idSchema, z.literal('')]).optional(),
});

function membership(channelId: string, userId: string, counts: UnreadCounts) {
  return {
    channel_id: channelId,
    user_id: userId,
    roles: 'channel_user',
    ...counts,
    mention_count_root: counts.mention_count,
    urgent_mention_count: 0,
    notify_props: {},
    last_update_at: counts.last_viewed_at,
  };
}

/**
 * Read and unread channels (Client4 `getMyChannelMembers`, `viewMyChannel`, `markPostAsUnread`): a member's
 * counters per channel, viewing a channel (and the one left: `prev_channel_id`) marks it read, and marking a post
 * unread sets the member's last view just before it. One acts for oneself (a system admin for anyone).
 */
function registerUnreadRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const store = new UnreadStore(ctx.stores.db);
  const userOf = (userId: string) => {
    const user = ctx.stores.users.byId(userId);
    if (!user) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    return user;
  };

  api.get('/api/v4/users/:user_id/teams/:team_id/channels/members', async (request) => {
    const auth = authOf(request);
    const userId = userIdParam(request);
    requireSelfOrAdmin(auth, userId);
    const team = visibleTeam(ctx, auth, ctx.stores.teams.byId(idParam(request, 'team_id')));
    const counts = store.forTeam(userId, userOf(userId).username, team.id);
    return [...counts].map(([channelId, item]) => membership(channelId, userId, item));
  });

  api.post('/api/v4/channels/members/:user_id/view', async (request) => {
    const auth = authOf(request);
    const userId = userIdParam(request);
    requireSelfOrAdmin(auth, userId);
    const body = parseBody(viewBody, request.body);
    const now = Date.now();
    const times: Record<string, number> = {};
    for (const channelId of [body.channel_id, body.prev_channel_id]) {
      if (!channelId || !ctx.stores.channels.isMember(channelId, userId)) continue;
      store.setLastViewed(userId, channelId, now);
      times[channelId] = now;
    }
    if (!times[body.channel_id])
      throw invalidBodyParam('channel_id', 'the user is not a member of the channel');
    return { status: 'OK', last_viewed_at_times: times };
  });

  api.post('/api/v4/users/:user_id/posts/:post_id/set_unread', async (request) => {
    const auth = authOf(request);
    const userId = userIdParam(request);
    requireSelfOrAdmin(auth, userId);
    const post = ctx.stores.posts.byId(idParam(request, 'post_id'));
    if (!post || post.delete_at > 0) throw notFound('app.post.get.app_error', 'Unable to get the post.');
    const channel = readableChannel(ctx, auth, ctx.stores.channels.byId(post.channel_id));
    if (!ctx.stores.channels.isMember(channel.id, userId)) {
      throw invalidBodyParam('post_id', 'the user is not a member of the channel');
    }
    store.setLastViewed(userId, channel.id, post.create_at - 1);
    const counts = store.forChannel(userId, userOf(userId).username, channel.id)!;
    return {
      team_id: channel.team_id,
      channel_id: channel.id,
      user_id: userId,
      ...counts,
      urgent_mention_count: 0,
    };
  });
}

export const area: SandboxArea = { name: 'unreads', registerRoutes: registerUnreadRoutes };
