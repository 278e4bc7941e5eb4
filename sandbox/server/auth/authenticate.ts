import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../context';
import type { SessionRow } from '../db/sessions';
import type { UserRow } from '../db/users';
import { sendAppError, sessionExpired } from '../errors';
import { AUTH_COOKIE, clearSessionCookies } from './cookies';

export interface Auth {
  session: SessionRow;
  user: UserRow;
  isAdmin: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** Route works without a session (login, ping, client config…). */
    public?: boolean;
  }
}

type TokenLocation = 'header' | 'cookie' | 'query';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Where Mattermost looks for the session token, in its order: header, then cookie, then query. */
export function findToken(request: FastifyRequest): { token: string; location: TokenLocation } | null {
  const header = request.headers.authorization ?? '';
  const match = /^(?:bearer|token)\s+(\S+)$/i.exec(header);
  if (match) return { token: match[1], location: 'header' };
  const cookie = request.cookies[AUTH_COOKIE];
  if (cookie) return { token: cookie, location: 'cookie' };
  const query = (request.query as Record<string, unknown> | undefined)?.access_token;
  if (typeof query === 'string' && query) return { token: query, location: 'query' };
  return null;
}

export const isSystemAdmin = (user: UserRow) => user.roles.split(' ').includes('system_admin');

/** Resolves the session on every API request; rejects protected routes without one and cookie writes without CSRF. */
export function registerAuthentication(app: FastifyInstance, ctx: SandboxContext): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    const found = findToken(request);
    const isPublic = request.routeOptions.config?.public === true;
    const session = found ? ctx.stores.sessions.byToken(found.token) : undefined;
    const user = session ? ctx.stores.users.byId(session.user_id) : undefined;
    if (!session || !user || user.delete_at > 0) {
      if (isPublic) return;
      return reject(request, reply, found?.location, found ? 'token is invalid or revoked' : 'no token');
    }
    const needsCsrf = found?.location === 'cookie' && !SAFE_METHODS.has(request.method);
    if (needsCsrf && request.headers['x-csrf-token'] !== session.props.csrf) {
      if (isPublic) return;
      return reject(
        request,
        reply,
        undefined,
        'missing or wrong X-CSRF-Token for a cookie-authenticated write',
      );
    }
    ctx.stores.sessions.touch(session);
    request.auth = { session, user, isAdmin: isSystemAdmin(user) };
  });
}

function reject(
  request: FastifyRequest,
  reply: FastifyReply,
  location: TokenLocation | undefined,
  why: string,
) {
  // A dead cookie is useless; Mattermost drops it so the browser stops sending it.
  if (location === 'cookie') clearSessionCookies(reply);
  sendAppError(request, reply, sessionExpired(why));
  return reply;
}

/** The session of an authenticated route (the hook guarantees it). */
export function authOf(request: FastifyRequest): Auth {
  if (!request.auth) throw sessionExpired('route used without authentication');
  return request.auth;
}
