import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError, invalidUrlParam, notFound } from '../../errors';
import { idParam, requireSelfOrAdmin, statusOk, userIdParam } from '../../routes/params';
import { visibleTeam } from '../../routes/teams';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';
import { CategoryStore, type ChannelCategory, SIDEBAR_SCHEMA } from './store';

const BASE = '/api/v4/users/:user_id/teams/:team_id/channels/categories';
/** Mattermost's limit on a category name (MaxLengthInput in EditCategoryModal, 22 characters). */
const NAME_MAX = 22;

const newCategoryBody = z.object({
  display_name: z.string().trim().min(1).max(NAME_MAX),
  channel_ids: z.array(z.string()).optional(),
});

const categoryBody = z.object({
  id: z.string(),
  type: z.enum(['favorites', 'channels', 'direct_messages', 'custom']),
  display_name: z.string().trim().min(1).max(NAME_MAX),
  sorting: z.enum(['', 'alpha', 'recent', 'manual']).default(''),
  channel_ids: z.array(z.string()).default([]),
  muted: z.boolean().default(false),
  collapsed: z.boolean().default(false),
});

const orderBody = z.array(z.string());

/**
 * Sidebar categories (Client4 `getChannelCategories`, `createChannelCategory`, `updateChannelCategory`,
 * `deleteChannelCategory`, `getChannelCategoryOrder`, `updateChannelCategoryOrder`): a user's Favorites, Channels,
 * Direct Messages and custom categories on a team, with Mattermost's rules: one acts on one's own categories (a
 * system admin on anyone's), on a team one belongs to; only custom categories are renamed or deleted; a channel
 * moved into a category leaves the one it was in.
 */
function registerCategoryRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const store = new CategoryStore(ctx.stores.db);
  const owner = (request: FastifyRequest) => {
    const auth = authOf(request);
    const userId = userIdParam(request);
    requireSelfOrAdmin(auth, userId);
    const team = visibleTeam(ctx, auth, ctx.stores.teams.byId(idParam(request, 'team_id')));
    const channels = ctx.stores.channels.forMember(team.id, userId);
    return { userId, teamId: team.id, channels };
  };
  const categoryOf = (request: FastifyRequest, userId: string, teamId: string) => {
    const id = (request.params as Record<string, string>).category_id ?? '';
    if (!/^[a-z0-9_]{1,100}$/.test(id)) throw invalidUrlParam('category_id');
    const row = store.byId(userId, teamId, id);
    if (!row) throw notFound('app.channel.sidebar_categories.app_error', 'Unable to find the category.');
    return row;
  };

  api.get(BASE, async (request) => {
    const { userId, teamId, channels } = owner(request);
    const categories = store.list(userId, teamId, channels);
    return { categories, order: categories.map((category) => category.id) };
  });

  api.post(BASE, async (request, reply) => {
    const { userId, teamId, channels } = owner(request);
    const body = parseBody(newCategoryBody, request.body);
    const id = store.create(userId, teamId, body.display_name, body.channel_ids ?? []);
    reply.code(201);
    return store.list(userId, teamId, channels).find((category) => category.id === id);
  });

  api.get(`${BASE}/order`, async (request) => {
    const { userId, teamId } = owner(request);
    return store.order(userId, teamId);
  });

  api.put(`${BASE}/order`, async (request) => {
    const { userId, teamId } = owner(request);
    const ids = parseBody(orderBody, request.body);
    const known = store.order(userId, teamId);
    if (ids.length !== known.length || !known.every((id) => ids.includes(id))) {
      throw new AppError('app.channel.sidebar_categories.app_error', 'Invalid category order.', 400);
    }
    store.setOrder(userId, teamId, ids);
    return store.order(userId, teamId);
  });

  api.get(`${BASE}/:category_id`, async (request) => {
    const { userId, teamId, channels } = owner(request);
    const row = categoryOf(request, userId, teamId);
    return store.list(userId, teamId, channels).find((category) => category.id === row.id);
  });

  api.put(`${BASE}/:category_id`, async (request) => {
    const { userId, teamId, channels } = owner(request);
    const row = categoryOf(request, userId, teamId);
    const body = parseBody(categoryBody, request.body) as ChannelCategory;
    if (body.id !== row.id || body.type !== row.type) {
      throw new AppError(
        'api.context.invalid_body_param.app_error',
        'Invalid or missing category in request body.',
        400,
      );
    }
    // Only custom categories have a name of their own; the defaults keep theirs.
    const category = { ...body, display_name: row.type === 'custom' ? body.display_name : row.display_name };
    store.update(userId, teamId, category);
    return store.list(userId, teamId, channels).find((item) => item.id === row.id);
  });

  api.delete(`${BASE}/:category_id`, async (request) => {
    const { userId, teamId } = owner(request);
    const row = categoryOf(request, userId, teamId);
    if (row.type !== 'custom') {
      throw new AppError(
        'app.channel.sidebar_categories.delete_invalid.app_error',
        'Cannot delete non-custom category.',
        400,
      );
    }
    store.delete(userId, teamId, row.id);
    return statusOk;
  });
}

export const area: SandboxArea = {
  name: 'sidebar',
  schema: SIDEBAR_SCHEMA,
  registerRoutes: registerCategoryRoutes,
};
