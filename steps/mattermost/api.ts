import type { BrowserContext } from 'playwright';

/** Mattermost accepts cookie authentication from scripts that say they are the web app. */
const WEB_APP_HEADERS = { 'X-Requested-With': 'XMLHttpRequest' };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    path: string,
    body: string,
  ) {
    super(`${path} answered ${status}: ${body.slice(0, 200)}`);
  }
}

/** GET a REST path with the session's cookies (as the web app in that session would). */
export async function apiGet<T>(context: BrowserContext, path: string): Promise<T> {
  const response = await context.request.get(path, { headers: WEB_APP_HEADERS });
  if (!response.ok()) throw new ApiError(response.status(), path, await response.text());
  return (await response.json()) as T;
}

/** PUT a JSON body to a REST path with the session's cookies and CSRF token (as the web app does). */
export function apiPut<T>(context: BrowserContext, path: string, body: unknown): Promise<T> {
  return apiSend<T>(context, 'PUT', path, body);
}

/** POST, PUT or DELETE with the session's cookies and CSRF token (as the web app does). */
export async function apiSend<T>(
  context: BrowserContext,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const csrf = (await context.cookies()).find((c) => c.name === 'MMCSRF')?.value ?? '';
  const response = await context.request.fetch(path, {
    method,
    headers: { ...WEB_APP_HEADERS, 'X-CSRF-Token': csrf },
    data: body,
  });
  if (!response.ok()) throw new ApiError(response.status(), path, await response.text());
  return (await response.json()) as T;
}

export interface SessionInfo {
  id: string;
  create_at: number;
  props?: Record<string, string>;
}

export interface UserInfo {
  id: string;
  username: string;
  email: string;
  notify_props?: Record<string, string>;
}

/** The server-side id of the session a browser context is logged in with. */
export async function currentSessionId(context: BrowserContext, loggedInAt?: number): Promise<string> {
  const sessions = await apiGet<SessionInfo[]>(context, '/api/v4/users/me/sessions');
  const csrf = (await context.cookies()).find((c) => c.name === 'MMCSRF')?.value;
  // Mattermost keeps each session's CSRF token in its props, and the browser holds it in the MMCSRF cookie.
  const byCsrf = csrf ? sessions.find((s) => s.props?.csrf === csrf) : undefined;
  if (byCsrf) return byCsrf.id;
  if (loggedInAt === undefined || sessions.length === 0) {
    throw new Error('cannot tell which active session belongs to this browser session');
  }
  return sessions.reduce((best, s) =>
    Math.abs(s.create_at - loggedInAt) < Math.abs(best.create_at - loggedInAt) ? s : best,
  ).id;
}
