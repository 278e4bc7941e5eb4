// Security controls found missing by probing (issue 20): login lockout, cross-site websocket, CSRF on logout,
// profile sanitising, framing headers, concurrent sign-ups, the database file's mode, websocket frame size.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import WebSocket from 'ws';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../testing/fixtures';

type Sandbox = Awaited<ReturnType<typeof startTestSandbox>>;

async function login(url: string, loginId: string, password: string) {
  const response = await fetch(`${url}/api/v4/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login_id: loginId, password }),
  });
  const body = (await response.json()) as { id?: string };
  return { status: response.status, id: body.id, cookies: response.headers.getSetCookie() };
}

const LOCKED = 'api.user.check_user_login_attempts.too_many.app_error';
const INVALID = 'api.user.login.invalid_credentials_email_username';

describe('sandbox security controls', () => {
  let sandbox: Sandbox;
  let admin: Client4;
  let user1: Client4;

  before(async () => {
    sandbox = await startTestSandbox({ passwordCost: 'fast', maximumLoginAttempts: 5 });
    [admin, user1] = await Promise.all([
      loggedInClient(sandbox.url, ACCOUNTS.admin),
      loggedInClient(sandbox.url, ACCOUNTS.user1),
    ]);
  });
  after(() => sandbox.close());

  describe('failed-login lockout (MaximumLoginAttempts)', () => {
    it('locks an account after the configured failures, even for the right password, until a new password', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        assert.equal((await login(sandbox.url, 'user-2', 'wrong-password')).id, INVALID);
      }
      const locked = await login(sandbox.url, 'user-2', ACCOUNTS.user2.password);
      assert.deepEqual([locked.status, locked.id], [401, LOCKED]);
      assert.equal(
        (await login(sandbox.url, 'USER-2@sample.mattermost.com', ACCOUNTS.user2.password)).id,
        LOCKED,
      );
      const user2 = await admin.getUserByUsername('user-2');
      await admin.updateUserPassword(user2.id, '', ACCOUNTS.user2.password);
      assert.equal((await login(sandbox.url, 'user-2', ACCOUNTS.user2.password)).status, 200);
    });

    it('gives a burst of concurrent guesses no more tries than sequential ones', async () => {
      const results = await Promise.all(
        Array.from({ length: 40 }, () => login(sandbox.url, 'sysadmin', 'wrong-password')),
      );
      assert.equal(results.filter((result) => result.id === INVALID).length, 5);
      assert.equal(results.filter((result) => result.id === LOCKED).length, 35);
      const sysadmin = await admin.getUserByUsername('sysadmin');
      await admin
        .updateUserPassword(sysadmin.id, ACCOUNTS.admin.password, ACCOUNTS.admin.password)
        .catch(() => undefined);
    });

    it('forgets failures after a successful login', async () => {
      for (let round = 0; round < 3; round++) {
        for (let attempt = 0; attempt < 4; attempt++) await login(sandbox.url, 'user-1', 'wrong-password');
        assert.equal((await login(sandbox.url, 'user-1', ACCOUNTS.user1.password)).status, 200);
      }
    });

    it('answers an unknown login id exactly as an existing one, locked included', async () => {
      const answers = [];
      for (let attempt = 0; attempt < 6; attempt++)
        answers.push((await login(sandbox.url, 'nobody', 'x')).id);
      assert.deepEqual(answers, [INVALID, INVALID, INVALID, INVALID, INVALID, LOCKED]);
    });
  });

  it('refuses a websocket upgrade from another origin, and accepts its own', async () => {
    const upgrade = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(`${sandbox.url.replace('http', 'ws')}/api/v4/websocket`, {
          headers: { Authorization: `Bearer ${user1.getToken()}` },
          origin,
        });
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      });
    const port = new URL(sandbox.url).port;
    assert.equal(await upgrade(`http://127.0.0.1:${Number(port) + 1}`), 403);
    assert.equal(await upgrade('http://evil.example'), 403);
    assert.equal(await upgrade(sandbox.url), 101);
  });

  it('closes a websocket that sends a frame over 8 KiB, before authentication', async () => {
    const socket = new WebSocket(`${sandbox.url.replace('http', 'ws')}/api/v4/websocket`);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => {
      socket.once('close', (code) => resolve(code));
      setTimeout(() => resolve(-1), 5000).unref();
    });
    socket.send('x'.repeat(9 * 1024));
    assert.equal(await closed, 1009, 'the server kept the socket open');
    socket.terminate();
  });

  it('answers a cookie logout without the CSRF header with 401 and keeps the session', async () => {
    const { cookies } = await login(sandbox.url, 'user-1', ACCOUNTS.user1.password);
    const cookie = cookies.map((line) => line.split(';')[0]).join('; ');
    const logout = await fetch(`${sandbox.url}/api/v4/users/logout`, { method: 'POST', headers: { cookie } });
    assert.equal(logout.status, 401);
    assert.equal(((await logout.json()) as { id: string }).id, 'api.context.session_expired.app_error');
    const me = await fetch(`${sandbox.url}/api/v4/users/me`, { headers: { cookie } });
    assert.equal(me.status, 200);
  });

  it("sanitises another user's profile as Mattermost does; the user's own stays whole", async () => {
    const user2 = await admin.getUserByUsername('user-2');
    const seen = (await user1.getUser(user2.id)) as unknown as Record<string, unknown>;
    assert.deepEqual(seen.notify_props, {});
    assert.equal(seen.last_password_update, 0);
    assert.equal(seen.email_verified, false);
    const viaIds = (await user1.getProfilesByIds([user2.id]))[0] as unknown as Record<string, unknown>;
    assert.deepEqual(viaIds.notify_props, {});
    const me = (await user1.getMe()) as unknown as Record<string, unknown>;
    assert.notDeepEqual(me.notify_props, {});
    assert.ok((me.last_password_update as number) > 0);
  });

  it('forbids framing its HTML pages by other sites', async () => {
    const response = await fetch(`${sandbox.url}/login`);
    assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
  });

  it('answers concurrent sign-ups of one username with 400, never 500', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) =>
        admin.createUser(
          { username: 'same-name', email: `same-${index}@example.com`, password: 'Passw0rd!x' } as never,
          '',
          '',
        ),
      ),
    );
    const statuses = attempts.map((attempt) =>
      attempt.status === 'fulfilled' ? 201 : (attempt.reason as { status_code: number }).status_code,
    );
    assert.equal(statuses.filter((status) => status === 201).length, 1, String(statuses));
    assert.equal(statuses.filter((status) => status === 400).length, 5, String(statuses));
  });
});

describe('sandbox --db file', () => {
  it('is created readable by its owner only', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-db-mode-'));
    const dbFile = path.join(folder, 'sandbox.db');
    const sandbox = await startTestSandbox({ dbFile, passwordCost: 'fast' });
    try {
      assert.equal(fs.statSync(dbFile).mode & 0o777, 0o600);
      const token = (await loggedInClient(sandbox.url, ACCOUNTS.user1)).getToken();
      assert.ok(token);
      for (const extra of ['-wal', '-shm']) {
        if (fs.existsSync(dbFile + extra)) assert.equal(fs.statSync(dbFile + extra).mode & 0o077, 0);
      }
    } finally {
      await sandbox.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
