import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../context';
import { Connection } from './connection';

interface ClientMessage {
  action?: unknown;
  seq?: unknown;
  data?: { token?: unknown };
}

const notAuthenticated = {
  error: {
    id: 'api.web_socket_router.not_authenticated.app_error',
    message: 'The websocket connection is not authenticated.',
    status_code: 401,
  },
};

/**
 * Mattermost's limit on a websocket frame (model.SocketMaxMessageSizeKb, 8 KiB): the client only ever sends small
 * actions, and a larger frame is refused before it is buffered (ws closes the socket with 1009).
 */
export const WEBSOCKET_OPTIONS = { options: { maxPayload: 8 * 1024 } };

/**
 * Mattermost (with AllowCorsFrom unset) upgrades only when the Origin header, if sent, names the host the request
 * was sent to, as gorilla/websocket's default check does: a page of another site must not use the session cookie.
 */
async function checkOrigin(request: FastifyRequest, reply: FastifyReply) {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host === undefined || host.toLowerCase() !== (request.headers.host ?? '').toLowerCase()) {
    return reply
      .code(403)
      .type('text/plain')
      .send('websocket: request origin not allowed by Upgrader.CheckOrigin');
  }
}

/** `/api/v4/websocket`: cookie/Bearer auth at upgrade, or an `authentication_challenge` message afterwards. */
export function registerWebSocketRoute(app: FastifyInstance, ctx: SandboxContext): void {
  const options = { websocket: true, config: { public: true }, preValidation: checkOrigin } as const;
  app.get('/api/v4/websocket', options, (socket, request) => {
    const connection = new Connection(socket);
    ctx.hub.add(connection);
    socket.on('close', () => ctx.hub.remove(connection));
    if (request.auth) {
      connection.token = request.auth.session.token;
      connection.userId = request.auth.user.id;
      ctx.hub.sendHello(connection);
    }
    socket.on('message', (raw) => handleMessage(ctx, connection, raw.toString()));
  });
}

function handleMessage(ctx: SandboxContext, connection: Connection, raw: string): void {
  let message: ClientMessage;
  try {
    message = JSON.parse(raw);
  } catch {
    return; // Mattermost ignores frames it cannot decode
  }
  const seq = typeof message.seq === 'number' ? message.seq : 0;
  if (message.action === 'authentication_challenge') {
    authenticate(ctx, connection, seq, message.data?.token);
  } else if (!ctx.hub.isLive(connection)) {
    connection.reply(seq, 'FAIL', notAuthenticated);
  } else if (message.action === 'ping') {
    connection.reply(seq, 'OK', {
      data: { text: 'pong', version: ctx.config.version, server_time: Date.now() },
    });
  } else if (message.action === 'user_typing') {
    connection.reply(seq, 'OK');
  } else {
    connection.reply(seq, 'FAIL', {
      error: {
        id: 'api.web_socket_router.bad_action.app_error',
        message: 'Invalid action.',
        status_code: 400,
      },
    });
  }
}

function authenticate(ctx: SandboxContext, connection: Connection, seq: number, token: unknown): void {
  const session = typeof token === 'string' ? ctx.stores.sessions.byToken(token) : undefined;
  if (!session) {
    connection.reply(seq, 'FAIL', notAuthenticated);
    return;
  }
  const firstTime = !connection.isAuthenticated;
  connection.token = session.token;
  connection.userId = session.user_id;
  connection.reply(seq, 'OK');
  if (firstTime) ctx.hub.sendHello(connection);
}
