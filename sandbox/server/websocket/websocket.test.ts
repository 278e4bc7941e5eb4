import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import WebSocket from 'ws';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../../testing/fixtures';

type Message = Record<string, unknown> & {
  event?: string;
  seq_reply?: number;
  data?: Record<string, unknown>;
};

/** A test socket that queues what the server sends and lets the test wait for a matching message. */
class TestSocket {
  private readonly received: Message[] = [];
  private waiters: Array<() => void> = [];
  readonly socket: WebSocket;

  constructor(url: string, token?: string) {
    const headers = token ? { Authorization: `Bearer ${token}` } : undefined;
    this.socket = new WebSocket(`${url.replace('http', 'ws')}/api/v4/websocket`, { headers });
    this.socket.on('message', (raw) => {
      this.received.push(JSON.parse(raw.toString()));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  async next(match: (message: Message) => boolean, timeoutMs = 3000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex(match);
      if (index >= 0) return this.received.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no matching websocket message');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async none(match: (message: Message) => boolean, waitMs = 400): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    assert.equal(this.received.filter(match).length, 0, 'no such message expected');
  }

  close(): void {
    this.socket.close();
  }
}

describe('/api/v4/websocket', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let poster: Client4;
  let channelId: string;
  const sockets: TestSocket[] = [];
  const open = async (token?: string) => {
    const socket = new TestSocket(sandbox.url, token);
    sockets.push(socket);
    await socket.opened();
    return socket;
  };

  before(async () => {
    sandbox = await startTestSandbox();
    poster = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const [team] = await poster.getMyTeams();
    channelId = (await poster.getChannelByName(team.id, 'town-square')).id;
  });
  after(async () => {
    for (const socket of sockets) socket.close();
    await sandbox.close();
  });

  it('greets a token-authenticated socket with hello and pushes posted events', async () => {
    const listener = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const socket = await open(listener.getToken());
    const hello = await socket.next((message) => message.event === 'hello');
    assert.match(String(hello.data?.connection_id), /^[a-z0-9]{26}$/);
    const post = await poster.createPost({ channel_id: channelId, message: 'live!' } as never);
    const posted = await socket.next((message) => message.event === 'posted');
    assert.equal(JSON.parse(String(posted.data?.post)).id, post.id);
    assert.equal(posted.data?.channel_name, 'town-square');
    assert.equal(posted.data?.sender_name, '@user-2');
    assert.deepEqual((posted.broadcast as Record<string, unknown>).channel_id, channelId);
  });

  it('answers ping with a seq_reply pong', async () => {
    const listener = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const socket = await open(listener.getToken());
    socket.send({ action: 'ping', seq: 7 });
    const reply = await socket.next((message) => message.seq_reply === 7);
    assert.equal(reply.status, 'OK');
    assert.equal(reply.data?.text, 'pong');
  });

  it('accepts an authentication_challenge after connecting without credentials', async () => {
    const listener = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const socket = await open();
    socket.send({ action: 'ping', seq: 1 });
    assert.equal((await socket.next((message) => message.seq_reply === 1)).status, 'FAIL');
    socket.send({ action: 'authentication_challenge', seq: 2, data: { token: 'not-a-token' } });
    assert.equal((await socket.next((message) => message.seq_reply === 2)).status, 'FAIL');
    socket.send({ action: 'authentication_challenge', seq: 3, data: { token: listener.getToken() } });
    assert.equal((await socket.next((message) => message.seq_reply === 3)).status, 'OK');
    await socket.next((message) => message.event === 'hello');
  });

  it('a revoked session keeps its socket but gets no more events, and its requests fail', async () => {
    const listener = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const socket = await open(listener.getToken());
    await socket.next((message) => message.event === 'hello');
    await listener.logout();
    await poster.createPost({ channel_id: channelId, message: 'after revoke' } as never);
    await socket.none((message) => message.event === 'posted');
    assert.equal(socket.socket.readyState, WebSocket.OPEN, 'Mattermost does not close the socket');
    socket.send({ action: 'ping', seq: 9 });
    const reply = await socket.next((message) => message.seq_reply === 9);
    assert.equal(reply.status, 'FAIL');
    assert.equal(
      (reply.error as Record<string, unknown>).id,
      'api.web_socket_router.not_authenticated.app_error',
    );
  });

  it('does not push posts of channels the user is not a member of', async () => {
    const outsider = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const socket = await open(outsider.getToken());
    await socket.next((message) => message.event === 'hello');
    const admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    const [team] = await admin.getMyTeams();
    const privateChannel = await admin.getChannelByName(team.id, 'qa-private');
    await admin.createPost({ channel_id: privateChannel.id, message: 'secret' } as never);
    await socket.none((message) => message.event === 'posted');
  });
});
