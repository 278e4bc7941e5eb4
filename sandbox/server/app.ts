import fastifyCookie from '@fastify/cookie';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import type { SandboxArea } from './areas/area';
import { registerAuthentication } from './auth/authenticate';
import { newId } from './auth/ids';
import type { SandboxContext } from './context';
import { invalidBodyParam, registerErrorHandling } from './errors';
import { registerChannelLifecycleRoutes } from './routes/channel-lifecycle';
import { registerChannelRoutes } from './routes/channels';
import { registerConfigRoutes } from './routes/config';
import { registerLoginRoutes } from './routes/login';
import { registerPasswordRoutes } from './routes/password';
import { registerPostRoutes } from './routes/posts';
import { registerSessionRoutes } from './routes/sessions';
import { registerSystemRoutes } from './routes/system';
import { registerTeamRoutes } from './routes/teams';
import { registerUserRoutes } from './routes/users';
import { registerWebApp } from './web';
import { registerWebSocketRoute, WEBSOCKET_OPTIONS } from './websocket/route';

/** Builds the Fastify app (not listening yet): the core routes, then each area's (`areas/<name>/index.ts`). */
export async function buildApp(ctx: SandboxContext, areas: SandboxArea[] = []): Promise<FastifyInstance> {
  const app = Fastify({ logger: ctx.config.logger, bodyLimit: 1024 * 1024, genReqId: () => newId() });
  registerErrorHandling(app);
  registerJsonParser(app);
  registerMattermostHeaders(app, ctx);
  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket, WEBSOCKET_OPTIONS);
  await app.register(async (api) => {
    registerAuthentication(api, ctx);
    for (const register of [
      registerLoginRoutes,
      registerUserRoutes,
      registerPasswordRoutes,
      registerSessionRoutes,
      registerTeamRoutes,
      registerChannelRoutes,
      registerChannelLifecycleRoutes,
      registerPostRoutes,
      registerConfigRoutes,
      registerSystemRoutes,
      registerWebSocketRoute,
    ]) {
      register(api, ctx);
    }
    for (const area of areas) area.registerRoutes?.(api, ctx);
  });
  await registerWebApp(app, ctx);
  for (const area of areas) await area.registerPages?.(app, ctx);
  return app;
}

/** Mattermost accepts bodyless POSTs (logout, revoke all) even when they claim to be JSON. */
function registerJsonParser(app: FastifyInstance): void {
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(invalidBodyParam('body', 'the request body is not valid JSON'), undefined);
    }
  });
}

function registerMattermostHeaders(app: FastifyInstance, ctx: SandboxContext): void {
  const versionId = `${ctx.config.version}.${ctx.config.version}.sandbox.false`;
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Version-Id', versionId);
    reply.header('X-Request-Id', request.id);
    // Client4 only parses bodies whose Content-Type is exactly application/json (as Mattermost sends it).
    if (String(reply.getHeader('content-type') ?? '').startsWith('application/json')) {
      reply.header('content-type', 'application/json');
    }
    return payload;
  });
}
