import type { FastifyReply } from 'fastify';
import type { SessionRow } from '../db/sessions';

export const AUTH_COOKIE = 'MMAUTHTOKEN';
export const USER_COOKIE = 'MMUSERID';
export const CSRF_COOKIE = 'MMCSRF';

/** The three cookies Mattermost sets at login; only the token is hidden from page scripts. */
export function setSessionCookies(reply: FastifyReply, session: SessionRow): void {
  const maxAge = Math.max(0, Math.floor((session.expires_at - Date.now()) / 1000));
  const common = { path: '/', maxAge, sameSite: 'lax' as const };
  reply.setCookie(AUTH_COOKIE, session.token, { ...common, httpOnly: true });
  reply.setCookie(USER_COOKIE, session.user_id, common);
  reply.setCookie(CSRF_COOKIE, session.props.csrf, common);
}

export function clearSessionCookies(reply: FastifyReply): void {
  for (const name of [AUTH_COOKIE, USER_COOKIE, CSRF_COOKIE]) {
    reply.clearCookie(name, { path: '/' });
  }
}
