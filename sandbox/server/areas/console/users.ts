import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { UserRow } from '../../db/users';
import { AppError, forbidden, notFound } from '../../errors';
import { presentUser } from '../../present';
import { statusOk, userIdParam } from '../../routes/params';
import { parseBody } from '../../validation';

/** The permission Mattermost checks for the System Console's users list (sysconsole_read_user_management_users). */
const READ_USERS = 'sysconsole_read_user_management_users';

const activeBody = z.object({ active: z.boolean() });

interface ReportQuery {
  search_term?: string;
  hide_active?: string;
  hide_inactive?: string;
  role_filter?: string;
  page_size?: string;
}

function matches(user: UserRow, term: string): boolean {
  if (!term) return true;
  const needle = term.toLowerCase();
  return [user.username, user.email, user.first_name, user.last_name, user.nickname].some((field) =>
    field.toLowerCase().includes(needle),
  );
}

function requireAdmin(request: FastifyRequest, permission: string): void {
  if (!authOf(request).isAdmin) throw forbidden(permission);
}

/**
 * The System Console's users: `GET /api/v4/reports/users` (the list the console pages through: search term over
 * username, email and names; active/inactive and role filters; ordered by username) and
 * `PUT /api/v4/users/{id}/active` (deactivate or reactivate; a deactivated user's sessions end, as in Mattermost).
 */
export function registerUserAdminRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { users, sessions } = ctx.stores;

  api.get('/api/v4/reports/users', async (request) => {
    requireAdmin(request, READ_USERS);
    const query = request.query as ReportQuery;
    const pageSize = Math.min(Math.max(Number(query.page_size) || 50, 1), 100);
    return users
      .all()
      .filter((user) => matches(user, query.search_term ?? ''))
      .filter((user) => !(query.hide_active === 'true' && user.delete_at === 0))
      .filter((user) => !(query.hide_inactive === 'true' && user.delete_at > 0))
      .filter((user) => !query.role_filter || user.roles.split(' ').includes(query.role_filter))
      .slice(0, pageSize)
      .map(presentUser);
  });

  api.put('/api/v4/users/:user_id/active', async (request) => {
    const userId = userIdParam(request);
    requireAdmin(request, 'manage_system');
    const { active } = parseBody(activeBody, request.body, 'active');
    const user = users.byId(userId);
    if (!user) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    if (!active && authOf(request).user.id === userId) {
      throw new AppError(
        'api.user.update_active.not_enable.app_error',
        'You cannot deactivate yourself because this feature is not enabled. Please contact your System Administrator.',
        401,
      );
    }
    users.setActive(userId, active);
    if (!active) sessions.removeForUser(userId);
    return statusOk;
  });
}
