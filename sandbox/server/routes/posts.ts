import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../auth/authenticate';
import type { SandboxContext } from '../context';
import { AppError, forbidden, invalidBodyParam } from '../errors';
import { presentPost } from '../present';
import { parseBody, parseParam } from '../validation';
import { readableChannel } from './channels';
import { idParam, idSchema } from './params';

// Mattermost's limit (PostMessageMaxRunesV2).
const MAX_MESSAGE_LENGTH = 16383;

const createBody = z.object({
  channel_id: idSchema,
  // Stored as sent (leading spaces matter in code blocks); a blank message needs files (checked below).
  message: z.string().max(MAX_MESSAGE_LENGTH),
  // Mattermost's MaxFilesPerPost (Constants.MAX_UPLOAD_FILES in the web app).
  file_ids: z.array(idSchema).max(10).optional(),
  root_id: z.union([idSchema, z.literal('')]).optional(),
  // Mattermost keeps a client's create_at (Post.PreSave sets it only when 0): imports and tests post "earlier".
  create_at: z.number().int().min(0).optional(),
});

const pageQuery = z.object({
  page: z.coerce.number().int().min(0).default(0),
  per_page: z.coerce.number().int().min(1).max(200).default(60),
  since: z.coerce.number().int().min(0).optional(),
});

export function registerPostRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { channels, posts } = ctx.stores;

  app.post('/api/v4/posts', async (request, reply) => {
    const auth = authOf(request);
    const body = parseBody(createBody, request.body);
    const channel = channels.byId(body.channel_id);
    // Like Mattermost, an unknown channel and a channel one cannot post in look the same.
    if (!channel || !channels.isMember(channel.id, auth.user.id)) throw forbidden('create_post');
    if (channel.delete_at > 0) {
      throw new AppError(
        'api.post.create_post.can_not_post_to_deleted.error',
        'Can not post to deleted channel.',
        400,
      );
    }
    if (body.root_id && posts.byId(body.root_id)?.channel_id !== channel.id) {
      throw invalidBodyParam('root_id', 'no such post in this channel');
    }
    // Like Mattermost, file ids the author may not attach are dropped rather than refused.
    const fileIds = ctx.postFiles?.claimable(body.file_ids ?? [], auth.user.id, channel.id) ?? [];
    if (body.message.trim() === '' && fileIds.length === 0) {
      throw invalidBodyParam('message', 'must not be empty');
    }
    const post = posts.create({ ...body, file_ids: fileIds, user_id: auth.user.id });
    ctx.postFiles?.attach(fileIds, post.id);
    channels.recordPost(channel.id, post.create_at);
    ctx.hub.publishPost(channel, post, auth.user);
    reply.code(201);
    return presentPost(post);
  });

  app.get('/api/v4/channels/:channel_id/posts', async (request) => {
    const channel = readableChannel(ctx, authOf(request), channels.byId(idParam(request, 'channel_id')));
    const query = parseParam(pageQuery, request.query, 'query');
    const page = posts.forChannel(channel.id, {
      page: query.page,
      perPage: query.per_page,
      since: query.since,
    });
    return {
      order: page.map((post) => post.id),
      posts: Object.fromEntries(page.map((post) => [post.id, presentPost(post)])),
      next_post_id: '',
      prev_post_id: '',
      has_next: page.length === query.per_page,
    };
  });
}
