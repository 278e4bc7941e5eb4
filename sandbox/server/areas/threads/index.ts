import type { FastifyInstance } from 'fastify';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { presentPost } from '../../present';
import { idParam, requireSelfOrAdmin, userIdParam } from '../../routes/params';
import type { SandboxArea } from '../area';
import { followedThreads } from './followed';

/**
 * Collapsed reply threads, the server half of Mattermost's Threads view: `GET
 * /api/v4/users/{user_id}/teams/{team_id}/threads` (Client4 getUserThreads) answers a UserThreadList of the
 * threads the user follows in that team. Mattermost makes a user follow a thread when they start it or reply to
 * it, so the list is derived from the posts; explicit follow/unfollow is not modelled yet.
 */
function registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  api.get('/api/v4/users/:user_id/teams/:team_id/threads', async (request) => {
    const auth = authOf(request);
    const userId = userIdParam(request);
    requireSelfOrAdmin(auth, userId);
    const teamId = idParam(request, 'team_id');
    const threads = followedThreads(ctx, userId, teamId).map((thread) => ({
      id: thread.root.id,
      reply_count: thread.replyCount,
      last_reply_at: thread.lastReplyAt,
      last_viewed_at: 0,
      participants: thread.participantIds.map((id) => ({ id })),
      post: presentPost(thread.root),
      unread_replies: 0,
      unread_mentions: 0,
      is_following: true,
    }));
    return { threads, total: threads.length, total_unread_threads: 0, total_unread_mentions: 0 };
  });
}

export const area: SandboxArea = { name: 'threads', registerRoutes };
