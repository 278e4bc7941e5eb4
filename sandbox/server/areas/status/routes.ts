import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { invalidUrlParam } from '../../errors';
import { idSchema, requireSelfOrAdmin, userIdParam } from '../../routes/params';
import { userNotFound } from '../../routes/users';
import { parseBody } from '../../validation';
import { changeStatus, statusesOf } from './statuses';
import { STATUSES, type StatusStore } from './store';

const statusBody = z.object({
  user_id: idSchema,
  status: z.enum(STATUSES),
  dnd_end_time: z.number().optional(),
});

/**
 * Client4's getStatusesByIds (`POST /users/status/ids`, also the web app's periodic poll that notices a revoked
 * session), getStatus (`GET /users/{id}/status`) and updateStatus (`PUT /users/{id}/status`: only oneself, or a
 * system admin; the body's user_id must be the URL's, as api4/status.go checks).
 */
export function registerStatusRoutes(app: FastifyInstance, ctx: SandboxContext, store: StatusStore) {
  app.post('/api/v4/users/status/ids', async (request) => {
    const ids = parseBody(
      z.array(idSchema).min(1, 'needs at least one user id').max(1000),
      request.body,
      'user_ids',
    );
    return statusesOf(ctx, store, ids);
  });

  app.get('/api/v4/users/:user_id/status', async (request) => {
    const userId = userIdParam(request);
    if (!ctx.stores.users.byId(userId)) throw userNotFound();
    return statusesOf(ctx, store, [userId])[0];
  });

  app.put('/api/v4/users/:user_id/status', async (request) => {
    const userId = userIdParam(request);
    requireSelfOrAdmin(authOf(request), userId);
    const body = parseBody(statusBody, request.body, 'status');
    if (body.user_id !== userId) throw invalidUrlParam('user_id');
    if (!ctx.stores.users.byId(userId)) throw userNotFound();
    return changeStatus(ctx, store, userId, body.status);
  });
}
