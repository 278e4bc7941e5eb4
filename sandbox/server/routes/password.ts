import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../auth/authenticate';
import { hashPassword, verifyPassword } from '../auth/password';
import type { SandboxContext } from '../context';
import { AppError } from '../errors';
import { parseBody } from '../validation';
import { requireSelfOrAdmin, statusOk, userIdParam } from './params';
import { userNotFound } from './users';

/** Mattermost's default password rule: PasswordSettings.MinimumLength 8, at most 64 characters, no other requirement. */
export const PASSWORD_RULE = { minimumLength: 8, maximumLength: 64 } as const;

const passwordBody = z.object({
  current_password: z.string().max(72).optional(),
  new_password: z.string().max(72),
});

const incorrectPassword = () =>
  new AppError(
    'api.user.update_password.incorrect.app_error',
    'The "Current Password" you entered is incorrect. Please check that Caps Lock is off and try again.',
    400,
  );

const invalidPassword = () =>
  new AppError(
    'model.user.is_valid.pwd_lowercase_uppercase_number_symbol.app_error',
    `Your password must contain between ${PASSWORD_RULE.minimumLength} and ${PASSWORD_RULE.maximumLength} characters.`,
    400,
  );

/** PUT /api/v4/users/{id}/password: users change their own password (giving the current one); admins anyone's. */
export function registerPasswordRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { users } = ctx.stores;
  app.put('/api/v4/users/:user_id/password', async (request) => {
    const userId = userIdParam(request);
    const auth = authOf(request);
    requireSelfOrAdmin(auth, userId);
    const body = parseBody(passwordBody, request.body);
    const user = users.byId(userId);
    if (!user) throw userNotFound();
    const self = auth.session.user_id === userId;
    if (self && !(await verifyPassword(body.current_password ?? '', user.password_hash)))
      throw incorrectPassword();
    const length = body.new_password.length;
    if (length < PASSWORD_RULE.minimumLength || length > PASSWORD_RULE.maximumLength) throw invalidPassword();
    users.setPasswordHash(userId, await hashPassword(body.new_password, ctx.config.scrypt));
    return statusOk;
  });
}
