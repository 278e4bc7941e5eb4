import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { parseBody } from '../validation';
import { idSchema } from './params';

// Mattermost marks a user away after 5 minutes without activity.
const AWAY_AFTER_MS = 5 * 60 * 1000;

export function registerStatusRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  // The web app polls this every StatusIntervalMs; it is what notices a revoked session in the background.
  app.post('/api/v4/users/status/ids', async (request) => {
    const ids = parseBody(
      z.array(idSchema).min(1, 'needs at least one user id').max(1000),
      request.body,
      'user_ids',
    );
    const activity = ctx.stores.sessions.lastActivity(ids);
    const now = Date.now();
    return ids.map((userId) => {
      const lastActivity = activity.get(userId) ?? 0;
      const status = lastActivity === 0 ? 'offline' : now - lastActivity < AWAY_AFTER_MS ? 'online' : 'away';
      return { user_id: userId, status, manual: false, last_activity_at: lastActivity };
    });
  });
}
