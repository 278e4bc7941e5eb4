import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findToken } from '../auth/authenticate';
import { clearSessionCookies, setSessionCookies } from '../auth/cookies';
import { newId } from '../auth/ids';
import { tooManyLoginAttempts, UnknownLoginAttempts } from '../auth/login-attempts';
import { hashPassword, verifyPassword } from '../auth/password';
import { parseUserAgent } from '../auth/user-agent';
import type { SandboxContext } from '../context';
import type { UserRow } from '../db/users';
import { AppError, invalidBodyParam, sessionExpired } from '../errors';
import { presentUser } from '../present';
import { parseBody } from '../validation';
import { statusOk } from './params';

const loginBody = z.object({
  login_id: z.string().max(256).optional(),
  id: z.string().max(26).optional(),
  password: z.string().max(256).optional(),
  token: z.string().optional(),
  device_id: z.string().max(512).optional(),
});

const invalidCredentials = () =>
  new AppError(
    'api.user.login.invalid_credentials_email_username',
    'The email/username or password is invalid.',
    401,
  );

export function registerLoginRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  // Compared against when the login id is unknown, so both failures cost one scrypt run.
  const decoyHash = hashPassword(newId(), ctx.config.scrypt);
  const max = ctx.config.maximumLoginAttempts;
  const unknownAttempts = new UnknownLoginAttempts(max);

  app.post('/api/v4/users/login', { config: { public: true } }, async (request, reply) => {
    const body = parseBody(loginBody, request.body ?? {});
    if (!body.login_id && !body.id) throw invalidBodyParam('login_id', 'enter an email or a username');
    if (!body.password) {
      throw new AppError('api.user.login.blank_pwd.app_error', 'Password field must not be blank', 400);
    }
    const { users } = ctx.stores;
    const user = body.id ? users.byId(body.id) : users.byLoginId(body.login_id ?? '');
    // Counted before the password is checked, as Mattermost does under a lock: a burst of concurrent guesses
    // gets `max` tries, not one each.
    const reserved = user
      ? users.reserveLoginAttempt(user.id, max)
      : unknownAttempts.reserve(body.id ?? body.login_id ?? '');
    if (!reserved) throw tooManyLoginAttempts();
    const valid = await verifyPassword(body.password, user?.password_hash ?? (await decoyHash));
    if (!user || !valid || user.delete_at > 0) throw invalidCredentials();
    users.clearLoginAttempts(user.id);
    const session = createSession(ctx, user, request.headers['user-agent'], body.device_id);
    setSessionCookies(reply, session);
    reply.header('Token', session.token);
    return presentUser(user);
  });

  app.post('/api/v4/users/logout', { config: { public: true } }, async (request, reply) => {
    // A live session cookie without its CSRF token is a cross-site logout: Mattermost answers 401 and keeps
    // the session, as for any other cookie write.
    const found = findToken(request);
    if (!request.auth && found?.location === 'cookie' && ctx.stores.sessions.byToken(found.token)) {
      throw sessionExpired('missing or wrong X-CSRF-Token for a cookie-authenticated write');
    }
    if (request.auth) ctx.stores.sessions.remove(request.auth.session.id);
    clearSessionCookies(reply);
    return statusOk;
  });
}

function createSession(ctx: SandboxContext, user: UserRow, userAgent: string | undefined, deviceId = '') {
  return ctx.stores.sessions.create({
    user_id: user.id,
    roles: user.roles,
    device_id: deviceId,
    expires_at: Date.now() + ctx.config.sessionLengthMs,
    props: { ...parseUserAgent(userAgent), csrf: newId() },
  });
}
