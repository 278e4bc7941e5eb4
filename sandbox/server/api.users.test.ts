import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { UserProfile } from '@mattermost/types/users';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';

// Client4 (the official @mattermost/client) against a started sandbox: every endpoint the suite relies on.
describe('users API with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let me1: UserProfile;
  let me2: UserProfile;

  before(async () => {
    sandbox = await startTestSandbox();
    [admin, user1, user2] = await Promise.all([
      loggedInClient(sandbox.url, ACCOUNTS.admin),
      loggedInClient(sandbox.url, ACCOUNTS.user1),
      loggedInClient(sandbox.url, ACCOUNTS.user2),
    ]);
    [me1, me2] = await Promise.all([user1.getMe(), user2.getMe()]);
  });
  after(() => sandbox.close());

  describe('login and logout', () => {
    it('logs in by username or email and returns the sanitized profile', async () => {
      const byEmail = await loggedInClient(sandbox.url, {
        username: 'USER-1@sample.mattermost.com',
        password: 'SampleUs@r-1',
      } as never);
      const me = await byEmail.getMe();
      assert.equal(me.username, 'user-1');
      assert.equal(me.email, 'user-1@sample.mattermost.com');
      assert.equal((me as unknown as Record<string, unknown>).password_hash, undefined);
      assert.match(byEmail.getToken(), /^[a-z0-9]{26}$/);
    });

    it('rejects a wrong password or an unknown user with 401 and the Mattermost error id', async () => {
      for (const [loginId, password] of [
        ['user-1', 'wrong-password'],
        ['nobody', 'SampleUs@r-1'],
      ]) {
        const error = await clientError(() =>
          loggedInClient(sandbox.url, { username: loginId, password } as never),
        );
        assert.equal(error.status_code, 401);
        assert.equal(error.server_error_id, 'api.user.login.invalid_credentials_email_username');
        assert.equal(error.message, 'The email/username or password is invalid.');
      }
    });

    it('rejects a blank password with 400', async () => {
      const error = await clientError(() =>
        loggedInClient(sandbox.url, { username: 'user-1', password: '' } as never),
      );
      assert.equal(error.status_code, 400);
      assert.equal(error.server_error_id, 'api.user.login.blank_pwd.app_error');
    });

    it('logout revokes the session: the same token gets 401 afterwards', async () => {
      const client = await loggedInClient(sandbox.url, ACCOUNTS.user2);
      const token = client.getToken();
      await client.logout();
      const stale = await loggedInClient(sandbox.url, ACCOUNTS.user2);
      stale.setToken(token);
      assert.equal((await clientError(() => stale.getMe())).status_code, 401);
    });

    it('rejects requests without a session with 401', async () => {
      const anonymous = await loggedInClient(sandbox.url, ACCOUNTS.user2);
      anonymous.setToken('');
      const error = await clientError(() => anonymous.getMe());
      assert.equal(error.status_code, 401);
      assert.equal(error.server_error_id, 'api.context.session_expired.app_error');
    });
  });

  describe('users', () => {
    it('an admin creates a user who can then log in', async () => {
      const created = await admin.createUser(
        {
          username: 'new-user',
          email: 'new-user@sample.mattermost.com',
          password: 'NewUs3r-pass',
          first_name: 'New',
        } as never,
        '',
        '',
      );
      assert.equal(created.username, 'new-user');
      assert.equal(created.roles, 'system_user');
      const client = await loggedInClient(sandbox.url, {
        username: 'new-user',
        password: 'NewUs3r-pass',
      } as never);
      assert.equal((await client.getMe()).first_name, 'New');
    });

    it('a regular user cannot create users (403)', async () => {
      const error = await clientError(() =>
        user1.createUser(
          { username: 'sneaky', email: 'sneaky@example.com', password: 'Sneaky-pass1' } as never,
          '',
          '',
        ),
      );
      assert.equal(error.status_code, 403);
      assert.equal(error.server_error_id, 'api.context.permissions.app_error');
    });

    it('says which field is wrong when creating a user', async () => {
      const cases: Array<[Record<string, string>, RegExp]> = [
        [{ username: 'ok-name', email: 'not-an-email', password: 'Good-pass1' }, /email/],
        [{ username: 'ok-name', email: 'ok@example.com', password: 'short' }, /password/],
        [{ username: 'X', email: 'ok@example.com', password: 'Good-pass1' }, /username/],
        [
          { username: 'user-1', email: 'other@example.com', password: 'Good-pass1' },
          /username already exists/,
        ],
        [
          { username: 'other', email: 'user-1@sample.mattermost.com', password: 'Good-pass1' },
          /email already exists/,
        ],
      ];
      for (const [body, message] of cases) {
        const error = await clientError(() => admin.createUser(body as never, '', ''));
        assert.equal(error.status_code, 400, JSON.stringify(body));
        assert.match(error.message, message);
      }
    });

    it('patches the own desktop notification level and keeps the other notify props', async () => {
      const patched = await user1.patchMe({ notify_props: { ...me1.notify_props, desktop: 'none' } });
      assert.equal(patched.notify_props.desktop, 'none');
      const reread = await user1.getMe();
      assert.equal(reread.notify_props.desktop, 'none');
      assert.equal(reread.notify_props.email, me1.notify_props.email);
      await user1.patchUser({ id: me1.id, notify_props: { ...me1.notify_props, desktop: 'all' } });
      assert.equal((await user1.getMe()).notify_props.desktop, 'all');
    });

    it('rejects an unknown desktop level, naming notify_props.desktop', async () => {
      const error = await clientError(() =>
        user1.patchMe({ notify_props: { ...me1.notify_props, desktop: 'sometimes' as never } }),
      );
      assert.equal(error.status_code, 400);
      assert.equal(error.server_error_id, 'api.context.invalid_body_param.app_error');
      assert.match(error.message, /notify_props\.desktop/);
    });

    it('answers a taken username or email on patch with Mattermost update messages', async () => {
      const username = await clientError(() => user1.patchMe({ username: me2.username }));
      assert.equal(username.status_code, 400);
      assert.equal(username.message, 'Unable to find the existing account to update.');
      const email = await clientError(() =>
        user1.patchMe({ email: me2.email, password: 'SampleUs@r-1' } as never),
      );
      assert.equal(email.status_code, 400);
      assert.equal(email.message, 'An account with that email already exists.');
    });

    it('asks for the current password when users change their own email', async () => {
      const wrong = await clientError(() =>
        user1.patchMe({ email: 'changed@example.com', password: 'not-it' } as never),
      );
      assert.equal(wrong.status_code, 401);
      assert.equal(wrong.server_error_id, 'api.user.check_user_password.invalid.app_error');
      assert.equal((await user1.getMe()).email, me1.email);
      const changed = await admin.patchUser({ id: me1.id, email: 'changed@example.com' });
      assert.equal(changed.email, 'changed@example.com');
      await admin.patchUser({ id: me1.id, email: me1.email });
    });

    it('only admins patch other users', async () => {
      assert.equal(
        (await clientError(() => user1.patchUser({ id: me2.id, nickname: 'x' }))).status_code,
        403,
      );
      const patched = await admin.patchUser({ id: me2.id, nickname: 'Nan' });
      assert.equal(patched.nickname, 'Nan');
    });

    it('returns 404 for an unknown user id and 400 for a malformed one', async () => {
      assert.equal((await clientError(() => user1.getUser('a'.repeat(26)))).status_code, 404);
      const malformed = await clientError(() => user1.getUser('not-an-id'));
      assert.equal(malformed.status_code, 400);
      assert.match(malformed.message, /user_id/);
    });
  });

  describe('statuses', () => {
    it('reports statuses for the given ids and validates the list', async () => {
      const statuses = await user1.getStatusesByIds([me1.id, me2.id]);
      assert.deepEqual(
        statuses.map((status) => status.user_id),
        [me1.id, me2.id],
      );
      assert.equal(statuses[0].status, 'online');
      const error = await clientError(() => user1.getStatusesByIds(['bogus']));
      assert.equal(error.status_code, 400);
      assert.match(error.message, /Invalid or missing user_ids\[0\] in request body/);
    });
  });
});
