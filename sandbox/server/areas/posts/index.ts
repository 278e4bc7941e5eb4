import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Auth, authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { PostRow } from '../../db/posts';
import { forbidden, notFound } from '../../errors';
import { presentPost } from '../../present';
import { readableChannel } from '../../routes/channels';
import { idParam, statusOk } from '../../routes/params';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';
import { registerEmojiNames } from './emoji';
import { REACTIONS_SCHEMA, registerReactionRoutes } from './reactions';

/**
 * Post actions after posting: edit (PUT /posts/{id}/patch), delete, read one post or its thread, pin and unpin,
 * the channel's pinned posts. Shapes are Client4's; permissions follow Mattermost's defaults: anyone who can read
 * the channel reads its posts, members pin, only the author (or a system admin) edits or deletes.
 */
const patchBody = z.object({
  message: z
    .string()
    .max(16383)
    .refine((message) => message.trim() !== '', 'must not be empty'),
});

const postNotFound = () => notFound('app.post.get.app_error', 'Unable to get the post.');

/** A live post of a channel the caller may read. */
function readablePost(ctx: SandboxContext, auth: Auth, request: FastifyRequest): PostRow {
  const post = ctx.stores.posts.byId(idParam(request, 'post_id'));
  if (!post || post.delete_at > 0) throw postNotFound();
  readableChannel(ctx, auth, ctx.stores.channels.byId(post.channel_id));
  return post;
}

/** The author's post, or anyone's for a system admin (edit_others_posts / delete_others_posts). */
function ownPost(ctx: SandboxContext, auth: Auth, request: FastifyRequest, permission: string): PostRow {
  const post = readablePost(ctx, auth, request);
  if (post.user_id !== auth.user.id && !auth.isAdmin) throw forbidden(permission);
  return post;
}

/** Pinning needs channel membership (a public channel's reader who has not joined cannot pin). */
function memberPost(ctx: SandboxContext, auth: Auth, request: FastifyRequest): PostRow {
  const post = readablePost(ctx, auth, request);
  if (!auth.isAdmin && !ctx.stores.channels.isMember(post.channel_id, auth.user.id)) {
    throw forbidden('read_channel');
  }
  return post;
}

/** Mattermost's PostList shape. */
export function postList(posts: PostRow[]) {
  return {
    order: posts.map((post) => post.id),
    posts: Object.fromEntries(posts.map((post) => [post.id, presentPost(post)])),
    next_post_id: '',
    prev_post_id: '',
    has_next: false,
  };
}

function registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { posts } = ctx.stores;
  const changed = (post: PostRow, event: 'post_edited' | 'post_deleted') => {
    const fresh = posts.byId(post.id) as PostRow;
    ctx.hub.publishToChannel(post.channel_id, event, { post: JSON.stringify(presentPost(fresh)) });
    return fresh;
  };

  api.get('/api/v4/posts/:post_id', async (request) =>
    presentPost(readablePost(ctx, authOf(request), request)),
  );

  api.get('/api/v4/posts/:post_id/thread', async (request) => {
    const post = readablePost(ctx, authOf(request), request);
    const thread = posts.thread(post.root_id || post.id);
    return postList([...thread].reverse());
  });

  api.put('/api/v4/posts/:post_id/patch', async (request) => {
    const post = ownPost(ctx, authOf(request), request, 'edit_others_posts');
    const { message } = parseBody(patchBody, request.body);
    posts.editMessage(post.id, message);
    return presentPost(changed(post, 'post_edited'));
  });

  api.delete('/api/v4/posts/:post_id', async (request) => {
    const post = ownPost(ctx, authOf(request), request, 'delete_others_posts');
    posts.remove(post.id);
    ctx.hub.publishToChannel(post.channel_id, 'post_deleted', {
      post: JSON.stringify(presentPost({ ...post, delete_at: Date.now() })),
    });
    return statusOk;
  });

  for (const [action, pinned] of [
    ['pin', true],
    ['unpin', false],
  ] as const) {
    api.post(`/api/v4/posts/:post_id/${action}`, async (request) => {
      const post = memberPost(ctx, authOf(request), request);
      posts.setPinned(post.id, pinned);
      changed(post, 'post_edited');
      return statusOk;
    });
  }

  api.get('/api/v4/channels/:channel_id/pinned', async (request) => {
    const auth = authOf(request);
    const channel = readableChannel(ctx, auth, ctx.stores.channels.byId(idParam(request, 'channel_id')));
    return postList(posts.pinnedIn(channel.id));
  });
}

export const area: SandboxArea = {
  name: 'posts',
  schema: REACTIONS_SCHEMA,
  registerRoutes(api, ctx) {
    registerRoutes(api, ctx);
    registerReactionRoutes(api, ctx);
  },
  registerPages: registerEmojiNames,
};
