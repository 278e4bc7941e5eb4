import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { findToken } from './auth/authenticate';
import type { SandboxContext } from './context';
import { registerWebAreas } from './web-areas';

const WEB_ROOT = path.resolve(__dirname, '../web');

/** The browser app: static files under /static, two HTML pages, and Mattermost's URL layout around them. */
export async function registerWebApp(app: FastifyInstance, ctx: SandboxContext): Promise<void> {
  await app.register(fastifyStatic, {
    root: WEB_ROOT,
    prefix: '/static/',
    index: false,
    cacheControl: false,
  });
  registerWebAreas(app, WEB_ROOT);
  const page = (reply: FastifyReply, file: string) =>
    reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8').sendFile(file);

  app.addHook('onSend', async (_request, reply, payload) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      // Mattermost's headers on its pages (web/static.go): no other site may frame them (clickjacking).
      reply.header('X-Frame-Options', 'SAMEORIGIN');
      reply.header('Content-Security-Policy', "frame-ancestors 'self'");
    }
    return payload;
  });
  app.get('/login', (_request, reply) => page(reply, 'login.html'));
  app.get('/:team/channels/:channel', (_request, reply) => page(reply, 'channel.html'));
  app.get('/:team/messages/:who', (_request, reply) => page(reply, 'channel.html'));
  app.get('/:team', (request, reply) => {
    const { team } = request.params as { team: string };
    // Only team-like names: keeps /favicon.ico and friends a plain 404.
    if (!/^[a-z0-9_-]+$/.test(team)) return reply.callNotFound();
    return reply.redirect(`/${encodeURIComponent(team)}/channels/town-square`);
  });
  app.get('/', (request, reply) => reply.redirect(homeOf(ctx, findToken(request)?.token)));
}

/** Where `/` leads: the first team's Town Square when the cookie is a live session, otherwise the login page. */
function homeOf(ctx: SandboxContext, token: string | undefined): string {
  const session = token ? ctx.stores.sessions.byToken(token) : undefined;
  const team = session ? ctx.stores.teams.forUser(session.user_id)[0] : undefined;
  return team ? `/${team.name}/channels/town-square` : '/login';
}
