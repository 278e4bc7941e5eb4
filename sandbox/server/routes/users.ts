import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../auth/authenticate';
import { hashPassword, verifyPassword } from '../auth/password';
import type { SandboxContext } from '../context';
import { DEFAULT_NOTIFY_PROPS, type UserPatch } from '../db/users';
import { AppError, forbidden, notFound } from '../errors';
import { presentProfile, presentUser } from '../present';
import { parseBody } from '../validation';
import { idSchema, requireSelfOrAdmin, userIdParam } from './params';

// Mattermost's username rule: 3–22 characters, starts with a letter, lower-case letters, digits, . - _
const username = z
  .string()
  .regex(
    /^[a-z][a-z0-9._-]{2,21}$/,
    'must be 3-22 lower-case letters, digits, ".", "-" or "_", starting with a letter',
  );
const name = z.string().max(64, 'must be at most 64 characters');
const notifyLevel = z.enum(['all', 'mention', 'none'], { message: 'must be one of all, mention, none' });
const notifyProps = z
  .record(z.string(), z.string().max(1024))
  .and(z.object({ desktop: notifyLevel.optional(), push: notifyLevel.optional() }));

const patchBody = z.object({
  username: username.optional(),
  email: z.email('must be a valid email address').optional(),
  first_name: name.optional(),
  last_name: name.optional(),
  nickname: name.optional(),
  position: z.string().max(128).optional(),
  // The current password, which Mattermost asks for when users change their own email (never stored).
  password: z.string().max(72).optional(),
  notify_props: notifyProps.optional(),
  // Settings > Display > Language: a locale such as "de", "pt-BR" or "zh-CN".
  locale: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Za-z]{2,4})?$/, 'must be a locale such as "de" or "pt-BR"')
    .optional(),
});

const createBody = patchBody.omit({ password: true }).extend({
  username,
  email: z.email('must be a valid email address'),
  password: z.string().min(8, 'must be at least 8 characters').max(72, 'must be at most 72 characters'),
});

const invalidLoginPassword = () =>
  new AppError(
    'api.user.check_user_password.invalid.app_error',
    'Login failed because of invalid password',
    401,
  );

export const userNotFound = () => notFound('app.user.missing_account.const', 'Unable to find the user.');

export function registerUserRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { users } = ctx.stores;

  app.get('/api/v4/users/:user_id', async (request) => {
    const user = users.byId(userIdParam(request));
    if (!user) throw userNotFound();
    return presentProfile(user, authOf(request));
  });

  app.get('/api/v4/users/username/:username', async (request) => {
    const user = users.byUsername((request.params as { username: string }).username);
    if (!user) throw userNotFound();
    return presentProfile(user, authOf(request));
  });

  app.post('/api/v4/users/ids', async (request) => {
    const ids = parseBody(z.array(idSchema).max(1000), request.body, 'user_ids');
    const viewer = authOf(request);
    return users.byIds(ids).map((user) => presentProfile(user, viewer));
  });

  app.post('/api/v4/users', async (request, reply) => {
    if (!authOf(request).isAdmin) throw forbidden('create_user');
    const { password, ...fields } = parseBody(createBody, request.body);
    assertUnique(ctx, fields);
    const passwordHash = await hashPassword(password, ctx.config.scrypt);
    const user = uniqueOr400(ctx, fields, () => users.create({ ...fields, password_hash: passwordHash }));
    reply.code(201);
    return presentUser(user);
  });

  app.put('/api/v4/users/:user_id/patch', async (request) => {
    const userId = userIdParam(request);
    requireSelfOrAdmin(authOf(request), userId);
    const { password, ...patch }: UserPatch & { password?: string } = parseBody(patchBody, request.body);
    const current = users.byId(userId);
    if (!current) throw userNotFound();
    // Mattermost (patchUser → DoubleCheckPassword): users changing their own email confirm it with their password.
    const changesOwnEmail = patch.email !== undefined && patch.email !== current.email;
    if (changesOwnEmail && authOf(request).session.user_id === userId) {
      if (!(await verifyPassword(password ?? '', current.password_hash))) throw invalidLoginPassword();
    }
    assertUnique(ctx, patch, userId, 'update');
    // Like Mattermost, notify_props is replaced as a whole; missing keys fall back to the defaults.
    if (patch.notify_props) patch.notify_props = { ...DEFAULT_NOTIFY_PROPS, ...patch.notify_props };
    return presentUser(uniqueOr400(ctx, patch, () => users.patch(userId, patch)!, userId, 'update'));
  });
}

/**
 * Runs a write that the checks above allowed: a concurrent request may have taken the name while the password
 * was hashed, and SQLite's unique index then refuses it. That is the same 400, not a 500.
 */
function uniqueOr400<T>(
  ctx: SandboxContext,
  fields: UserPatch,
  write: () => T,
  exceptId = '',
  action: 'create' | 'update' = 'create',
): T {
  try {
    return write();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
      assertUnique(ctx, fields, exceptId, action);
    throw error;
  }
}

/**
 * A taken username or email. Mattermost's user store reports a taken username on update as invalid input,
 * which its app layer words "Unable to find the existing account to update." (what Settings > Username shows,
 * Cypress MM-T2052); a taken email stays "An account with that email already exists." on both paths.
 */
function assertUnique(
  ctx: SandboxContext,
  fields: UserPatch,
  exceptId = '',
  action: 'create' | 'update' = 'create',
): void {
  if (fields.username && ctx.stores.users.isTaken('username', fields.username, exceptId)) {
    if (action === 'update') {
      throw new AppError(
        'app.user.update.find.app_error',
        'Unable to find the existing account to update.',
        400,
      );
    }
    throw new AppError(
      'app.user.save.username_exists.app_error',
      'An account with that username already exists.',
      400,
    );
  }
  if (fields.email && ctx.stores.users.isTaken('email', fields.email, exceptId)) {
    throw new AppError(
      'app.user.save.email_exists.app_error',
      'An account with that email already exists.',
      400,
    );
  }
}
