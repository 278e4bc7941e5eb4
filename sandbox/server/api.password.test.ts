import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';

// PUT /api/v4/users/{id}/password with Client4's updateUserPassword.
describe('password API with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('changes the own password given the current one, and stamps last_password_update', async () => {
    const client = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const before = await client.getMe();
    await client.updateUserPassword(before.id, ACCOUNTS.user2.password, 'Another-pass-2');
    assert.ok((await client.getMe()).last_password_update > before.last_password_update);
    await loggedInClient(sandbox.url, { username: 'user-2', password: 'Another-pass-2' } as never);
    const refused = await clientError(() => loggedInClient(sandbox.url, ACCOUNTS.user2));
    assert.equal(refused.status_code, 401);
    await client.updateUserPassword(before.id, 'Another-pass-2', ACCOUNTS.user2.password);
  });

  it('rejects a wrong current password, a too short new one, and other users', async () => {
    const client = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const me = await client.getMe();
    const wrong = await clientError(() => client.updateUserPassword(me.id, 'not-it-at-all', 'Whatever-123'));
    assert.equal(wrong.status_code, 400);
    assert.equal(wrong.server_error_id, 'api.user.update_password.incorrect.app_error');
    const short = await clientError(() => client.updateUserPassword(me.id, ACCOUNTS.user1.password, 'short'));
    assert.equal(short.message, 'Your password must contain between 8 and 64 characters.');
    const other = await (await loggedInClient(sandbox.url, ACCOUNTS.user2)).getMe();
    const forbidden = await clientError(() =>
      client.updateUserPassword(other.id, ACCOUNTS.user2.password, 'Whatever-123'),
    );
    assert.equal(forbidden.status_code, 403);
  });

  it('lets an admin set anyone’s password without the current one', async () => {
    const admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    const user = await (await loggedInClient(sandbox.url, ACCOUNTS.user1)).getMe();
    await admin.updateUserPassword(user.id, '', ACCOUNTS.user1.password);
    await loggedInClient(sandbox.url, ACCOUNTS.user1);
  });
});
