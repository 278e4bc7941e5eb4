import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { forbidden, notFound } from '../../errors';
import { readableChannel } from '../../routes/channels';
import { idParam, idSchema, statusOk, userIdParam } from '../../routes/params';
import { parseBody, parseParam } from '../../validation';

/** Reactions (Client4 `addReaction`, `getReactionsForPost`, `removeReaction`); reactors must be channel members. */
export const REACTIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS reactions (
  user_id TEXT NOT NULL,
  post_id TEXT NOT NULL,
  emoji_name TEXT NOT NULL,
  create_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, post_id, emoji_name)
);
`;

// Mattermost's emoji names: letters, digits, + - _ (model.IsValidEmojiName), up to 64 characters.
const emojiName = z.string().regex(/^[a-zA-Z0-9+_-]{1,64}$/, 'must be an emoji name');
const reactionBody = z.object({ user_id: idSchema, post_id: idSchema, emoji_name: emojiName });

interface Reaction {
  user_id: string;
  post_id: string;
  emoji_name: string;
  create_at: number;
}

export function registerReactionRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { db, posts, channels } = ctx.stores;
  const memberPost = (request: Parameters<typeof authOf>[0], postId: string) => {
    const auth = authOf(request);
    const post = posts.byId(postId);
    if (!post || post.delete_at > 0) throw notFound('app.post.get.app_error', 'Unable to get the post.');
    readableChannel(ctx, auth, channels.byId(post.channel_id));
    if (!auth.isAdmin && !channels.isMember(post.channel_id, auth.user.id)) throw forbidden('add_reaction');
    return { auth, post };
  };
  const publish = (event: string, channelId: string, reaction: Reaction) =>
    ctx.hub.publishToChannel(channelId, event, { reaction: JSON.stringify(reaction) });

  api.post('/api/v4/reactions', async (request, reply) => {
    const body = parseBody(reactionBody, request.body);
    const { auth, post } = memberPost(request, body.post_id);
    if (body.user_id !== auth.user.id) throw forbidden('add_reaction');
    const reaction = { ...body, create_at: Date.now() };
    db.prepare(
      'INSERT OR IGNORE INTO reactions (user_id, post_id, emoji_name, create_at) VALUES (@user_id, @post_id, @emoji_name, @create_at)',
    ).run(reaction);
    publish('reaction_added', post.channel_id, reaction);
    reply.code(201);
    return reaction;
  });

  api.get('/api/v4/posts/:post_id/reactions', async (request) => {
    const { post } = memberPost(request, idParam(request, 'post_id'));
    return db
      .prepare('SELECT * FROM reactions WHERE post_id = ? ORDER BY create_at')
      .all(post.id) as Reaction[];
  });

  api.delete('/api/v4/users/:user_id/posts/:post_id/reactions/:emoji_name', async (request) => {
    const userId = userIdParam(request);
    const { auth, post } = memberPost(request, idParam(request, 'post_id'));
    if (userId !== auth.user.id) throw forbidden('remove_others_reactions');
    const name = parseParam(emojiName, (request.params as Record<string, string>).emoji_name, 'emoji_name');
    db.prepare('DELETE FROM reactions WHERE user_id = ? AND post_id = ? AND emoji_name = ?').run(
      userId,
      post.id,
      name,
    );
    publish('reaction_removed', post.channel_id, {
      user_id: userId,
      post_id: post.id,
      emoji_name: name,
      create_at: 0,
    });
    return statusOk;
  });
}
