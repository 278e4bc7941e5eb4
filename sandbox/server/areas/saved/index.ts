import type { FastifyInstance } from 'fastify';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { PostRow } from '../../db/posts';
import { requireSelfOrAdmin, userIdParam } from '../../routes/params';
import type { SandboxArea } from '../area';
import { postList } from '../posts';
import { PreferenceStore } from '../preferences/store';

/**
 * Saved ("flagged") messages: Mattermost keeps them as the user's preferences of category `flagged_post` (name =
 * post id, value "true"), written by the preferences area's routes as Client4's savePreferences does;
 * `GET /api/v4/users/{id}/posts/flagged` (Client4 getFlaggedPosts) lists the live ones the user may still read,
 * newest first, as a PostList.
 */
export const FLAGGED_POST = 'flagged_post';

function flaggedPosts(ctx: SandboxContext, userId: string): PostRow[] {
  const ids = new PreferenceStore(ctx.stores.db)
    .ofUser(userId, FLAGGED_POST)
    .filter((preference) => preference.value === 'true')
    .map((preference) => preference.name);
  const readable = (post: PostRow) =>
    ctx.stores.channels.isMember(post.channel_id, userId) || publicInTeam(ctx, post, userId);
  return ids
    .map((id) => ctx.stores.posts.byId(id))
    .filter((post): post is PostRow => Boolean(post) && (post as PostRow).delete_at === 0)
    .filter(readable)
    .sort((a, b) => b.create_at - a.create_at);
}

/** Mattermost still lists a saved post of a public channel of the user's team after they left the channel. */
function publicInTeam(ctx: SandboxContext, post: PostRow, userId: string): boolean {
  const channel = ctx.stores.channels.byId(post.channel_id);
  return (
    channel?.type === 'O' && channel.delete_at === 0 && ctx.stores.teams.isMember(channel.team_id, userId)
  );
}

function registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  api.get('/api/v4/users/:user_id/posts/flagged', async (request) => {
    const auth = authOf(request);
    const userId = userIdParam(request);
    requireSelfOrAdmin(auth, userId);
    const { channel_id: channelId } = request.query as { channel_id?: string };
    const posts = flaggedPosts(ctx, userId).filter((post) => !channelId || post.channel_id === channelId);
    return postList(posts);
  });
}

export const area: SandboxArea = { name: 'saved', registerRoutes };
