import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('sessions API with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
  });
  after(() => sandbox.close());

  const sessionIdOf = async (client: Client4) => {
    const me = await client.getMe();
    const sessions = await client.getSessions(me.id);
    // The newest session is the one this client just created (logins happen one after another here).
    return { me, sessions, newest: sessions.reduce((a, b) => (a.create_at >= b.create_at ? a : b)) };
  };

  it('lists the own sessions with device props and without secrets', async () => {
    const client = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const { me, sessions } = await sessionIdOf(client);
    assert.ok(sessions.length >= 1);
    for (const session of sessions) {
      assert.equal(session.user_id, me.id);
      assert.equal(session.token, '');
      assert.equal((session.props as Record<string, string>).csrf, undefined);
      assert.ok(session.expires_at > session.create_at);
      assert.equal(typeof session.props.browser, 'string');
    }
    assert.deepEqual(await client.getSessions('me'), await client.getSessions(me.id));
  });

  it('a revoked session gets 401 on its very next request', async () => {
    const victim = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const { newest } = await sessionIdOf(victim);
    const other = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const me = await other.getMe();
    assert.deepEqual(await other.revokeSession(me.id, newest.id), { status: 'OK' });
    const error = await clientError(() => victim.getStatusesByIds([me.id]));
    assert.equal(error.status_code, 401);
    assert.equal(error.server_error_id, 'api.context.session_expired.app_error');
    assert.equal((await other.getMe()).id, me.id, 'the revoking session lives on');
    assert.ok(!(await other.getSessions(me.id)).some((session) => session.id === newest.id));
  });

  it('users cannot read or revoke the sessions of others (403); admins can', async () => {
    const user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const target = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const { me: user2, newest } = await sessionIdOf(target);
    assert.equal((await clientError(() => user1.getSessions(user2.id))).status_code, 403);
    assert.equal((await clientError(() => user1.revokeSession(user2.id, newest.id))).status_code, 403);
    assert.ok((await admin.getSessions(user2.id)).some((session) => session.id === newest.id));
    await admin.revokeSession(user2.id, newest.id);
    assert.equal((await clientError(() => target.getMe())).status_code, 401);
  });

  it('revoking through the own user id a session of someone else is a 400 on user_id', async () => {
    const user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const target = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const { newest } = await sessionIdOf(target);
    const error = await clientError(async () => user1.revokeSession((await user1.getMe()).id, newest.id));
    assert.equal(error.status_code, 400);
    assert.match(error.message, /user_id/);
    assert.ok(await target.getMe(), 'the other session is untouched');
  });

  it('requires session_id and reports unknown sessions', async () => {
    const user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const me = await user1.getMe();
    const missing = await clientError(() => user1.revokeSession(me.id, ''));
    assert.equal(missing.status_code, 400);
    assert.equal(missing.message, 'Invalid or missing session_id in request body.');
    const unknown = await clientError(() => user1.revokeSession(me.id, 'b'.repeat(26)));
    assert.equal(unknown.status_code, 400);
  });

  it('revokes all sessions of a user', async () => {
    const first = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const second = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const me = await first.getMe();
    assert.deepEqual(await first.revokeAllSessionsForUser(me.id), { status: 'OK' });
    assert.equal((await clientError(() => first.getMe())).status_code, 401);
    assert.equal((await clientError(() => second.getMe())).status_code, 401);
  });

  it('only admins revoke every session on the server', async () => {
    const user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    assert.equal((await clientError(() => user1.revokeSessionsForAllUsers())).status_code, 403);
    await admin.revokeSessionsForAllUsers();
    assert.equal((await clientError(() => user1.getMe())).status_code, 401);
    assert.equal((await clientError(() => admin.getMe())).status_code, 401);
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
  });
});
