import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { UserRow } from '../../db/users';
import { AppError, forbidden, invalidBodyParam, notFound } from '../../errors';
import { presentUser } from '../../present';
import { statusOk, userIdParam } from '../../routes/params';
import { parseBody } from '../../validation';

/** The permission Mattermost checks for the System Console's users list (sysconsole_read_user_management_users). */
const READ_USERS = 'sysconsole_read_user_management_users';

const activeBody = z.object({ active: z.boolean() });
const rolesBody = z.object({ roles: z.string() });

/** The system roles Mattermost knows (model/role.go); a user has exactly one of system_user and system_guest. */
const SYSTEM_ROLES = new Set([
  'system_user',
  'system_guest',
  'system_admin',
  'system_user_manager',
  'system_read_only_admin',
  'system_manager',
  'system_post_all',
  'system_post_all_public',
  'system_user_access_token',
]);

function validRoles(roles: string): string {
  const names = roles.split(' ').filter(Boolean);
  const unknown = names.filter((name) => !SYSTEM_ROLES.has(name));
  const base = names.filter((name) => name === 'system_user' || name === 'system_guest');
  if (unknown.length > 0 || base.length !== 1) {
    throw invalidBodyParam('roles', unknown.length > 0 ? `unknown roles: ${unknown.join(', ')}` : '');
  }
  return [...new Set(names)].join(' ');
}

interface ReportQuery {
  search_term?: string;
  hide_active?: string;
  hide_inactive?: string;
  role_filter?: string;
  page_size?: string;
  /** The cursor of the page asked for: the row it starts after (next) or ends before (prev). */
  direction?: string;
  from_column_value?: string;
  from_id?: string;
}

const byUsername = (a: UserRow, b: UserRow) =>
  a.username < b.username ? -1 : a.username > b.username ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The users a report query's filters keep, ordered as the console lists them (username, then id). */
function reportedUsers(all: UserRow[], query: ReportQuery): UserRow[] {
  return all
    .filter((user) => matches(user, query.search_term ?? ''))
    .filter((user) => !(query.hide_active === 'true' && user.delete_at === 0))
    .filter((user) => !(query.hide_inactive === 'true' && user.delete_at > 0))
    .filter((user) => !query.role_filter || user.roles.split(' ').includes(query.role_filter))
    .sort(byUsername);
}

/** One page after or before the cursor row (keyset paging, as Mattermost's GetUserReport). */
function pageOf(users: UserRow[], query: ReportQuery, pageSize: number): UserRow[] {
  if (!query.from_column_value && !query.from_id) return users.slice(0, pageSize);
  const cursor = { username: query.from_column_value ?? '', id: query.from_id ?? '' } as UserRow;
  if (query.direction === 'prev')
    return users.filter((user) => byUsername(user, cursor) < 0).slice(-pageSize);
  return users.filter((user) => byUsername(user, cursor) > 0).slice(0, pageSize);
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
 * username, email and names; active/inactive and role filters; ordered by username; a page after or before a
 * cursor row) and `GET /api/v4/reports/users/count` and
 * `PUT /api/v4/users/{id}/active` (deactivate or reactivate; a deactivated user's sessions end, as in Mattermost),
 * `PUT /api/v4/users/{id}/roles` (Manage roles: system admins only, the manage_roles permission).
 */
export function registerUserAdminRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { users, sessions } = ctx.stores;

  api.get('/api/v4/reports/users', async (request) => {
    requireAdmin(request, READ_USERS);
    const query = request.query as ReportQuery;
    const pageSize = Math.min(Math.max(Number(query.page_size) || 50, 1), 100);
    return pageOf(reportedUsers(users.all(), query), query, pageSize).map(presentUser);
  });

  // The total the list's "Showing 1 - 10 of N users" reads, for the same filters.
  api.get('/api/v4/reports/users/count', async (request, reply) => {
    requireAdmin(request, READ_USERS);
    const count = reportedUsers(users.all(), request.query as ReportQuery).length;
    // A bare JSON number, as Mattermost answers.
    return reply.type('application/json; charset=utf-8').send(String(count));
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

  api.put('/api/v4/users/:user_id/roles', async (request) => {
    const userId = userIdParam(request);
    requireAdmin(request, 'manage_roles');
    const { roles } = parseBody(rolesBody, request.body, 'roles');
    if (!users.byId(userId)) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    users.setRoles(userId, validRoles(roles));
    return statusOk;
  });
}
