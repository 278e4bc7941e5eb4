import type { FastifyInstance } from 'fastify';
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

/** `/api/v4/websocket`: cookie/Bearer auth at upgrade, or an `authentication_challenge` message afterwards. */
export function registerWebSocketRoute(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/api/v4/websocket', { websocket: true, config: { public: true } }, (socket, request) => {
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
