import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../auth/authenticate';
import type { SandboxContext } from '../context';
import { AppError, forbidden, invalidUrlParam } from '../errors';
import { presentSession } from '../present';
import { parseBody } from '../validation';
import { requireSelfOrAdmin, statusOk, userIdParam } from './params';

const revokeBody = z.object({ session_id: z.string().min(1, 'is required') });

export function registerSessionRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { sessions } = ctx.stores;

  app.get('/api/v4/users/:user_id/sessions', async (request) => {
    const userId = userIdParam(request);
    requireSelfOrAdmin(authOf(request), userId, 'read_other_users_sessions');
    return sessions.forUser(userId).map(presentSession);
  });

  app.post('/api/v4/users/:user_id/sessions/revoke', async (request) => {
    const userId = userIdParam(request);
    requireSelfOrAdmin(authOf(request), userId);
    const { session_id: sessionId } = parseBody(revokeBody, request.body);
    const session = sessions.byId(sessionId);
    if (!session) {
      throw new AppError(
        'app.session.get.app_error',
        'Unable to find the session.',
        400,
        `session ${sessionId}`,
      );
    }
    if (session.user_id !== userId) throw invalidUrlParam('user_id', 'the session belongs to another user');
    sessions.remove(session.id);
    return statusOk;
  });

  app.post('/api/v4/users/:user_id/sessions/revoke/all', async (request) => {
    const userId = userIdParam(request);
    requireSelfOrAdmin(authOf(request), userId);
    sessions.removeForUser(userId);
    return statusOk;
  });

  app.post('/api/v4/users/sessions/revoke/all', async (request) => {
    if (!authOf(request).isAdmin) throw forbidden('manage_system');
    sessions.removeAll();
    return statusOk;
  });
}
