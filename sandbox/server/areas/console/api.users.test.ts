import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { UserReportOptions } from '@mattermost/types/reports';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

const report = (filter: Partial<UserReportOptions>) => filter as UserReportOptions;

describe('System Console users (GET /api/v4/reports/users, PUT /api/v4/users/{id}/active and /roles)', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user: Client4;

  before(async () => {
    sandbox = await startTestSandbox({ passwordCost: 'fast' });
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
  });
  after(() => sandbox.close());

  it('lists users for a system admin, filtered by a search term over username, email and names', async () => {
    const all = await admin.getUsersForReporting(report({ page_size: 50 }));
    assert.deepEqual(
      all.map((u) => u.username),
      ['sysadmin', 'user-1', 'user-2'],
    );
    const found = await admin.getUsersForReporting(report({ page_size: 50, search_term: 'user-2@' }));
    assert.deepEqual(
      found.map((u) => u.username),
      ['user-2'],
    );
    assert.equal((found[0] as unknown as { password_hash?: string }).password_hash, undefined);
  });

  it('refuses users who are not system admins (403) for the list, (de)activation, password reset and session revocation', async () => {
    const me = await user.getMe();
    const someoneElse = await admin.getMe();
    for (const action of [
      () => user.getUsersForReporting(report({ page_size: 10 })),
      () => user.updateUserActive(me.id, false),
      // The row actions Reset password and Revoke sessions, on someone else.
      () => user.updateUserPassword(someoneElse.id, 'Another-pass-1', ''),
      () => user.revokeAllSessionsForUser(someoneElse.id),
      // Manage roles, on themself too: a member cannot make themself an admin.
      () => user.updateUserRoles(me.id, 'system_user system_admin'),
    ]) {
      const error = await clientError(action);
      assert.equal(error.status_code, 403);
    }
  });

  it('deactivates a user (their sessions end, login refused) and reactivates them', async () => {
    const target = await admin.getUserByUsername(ACCOUNTS.user2.username);
    const other = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    await admin.updateUserActive(target.id, false);
    assert.equal((await clientError(() => other.getMe())).status_code, 401);
    assert.notEqual((await clientError(() => loggedInClient(sandbox.url, ACCOUNTS.user2))).status_code, 200);
    const inactive = await admin.getUsersForReporting(report({ page_size: 50, hide_active: true }));
    assert.deepEqual(
      inactive.map((u) => u.username),
      ['user-2'],
    );
    await admin.updateUserActive(target.id, true);
    await loggedInClient(sandbox.url, ACCOUNTS.user2);
  });

  it('does not let an admin deactivate themself', async () => {
    const me = await admin.getMe();
    const error = await clientError(() => admin.updateUserActive(me.id, false));
    assert.equal(error.server_error_id, 'api.user.update_active.not_enable.app_error');
  });

  it('makes a member a system admin and back (Manage roles): the new role counts at once', async () => {
    const target = await admin.getUserByUsername(ACCOUNTS.user2.username);
    const member = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    await admin.updateUserRoles(target.id, 'system_user system_admin');
    assert.equal((await admin.getUser(target.id)).roles, 'system_user system_admin');
    // Their existing session now passes the admin-only list.
    assert.ok((await member.getUsersForReporting(report({ page_size: 10 }))).length > 0);
    await admin.updateUserRoles(target.id, 'system_user');
    assert.equal(
      (await clientError(() => member.getUsersForReporting(report({ page_size: 10 })))).status_code,
      403,
    );
  });

  it('refuses roles Mattermost does not know, or without exactly one of system_user and system_guest (400)', async () => {
    const target = await admin.getUserByUsername(ACCOUNTS.user2.username);
    for (const roles of ['system_user team_wizard', 'system_admin', 'system_user system_guest']) {
      const error = await clientError(() => admin.updateUserRoles(target.id, roles));
      assert.equal(error.status_code, 400, roles);
      assert.equal(error.server_error_id, 'api.context.invalid_body_param.app_error');
    }
    assert.equal((await admin.getUser(target.id)).roles, 'system_user');
  });

  it('pages through the list after or before a cursor row, and counts the filtered users', async () => {
    const names = (list: { username: string }[]) => list.map((u) => u.username);
    const first = await admin.getUsersForReporting(report({ page_size: 2 }));
    assert.deepEqual(names(first), ['sysadmin', 'user-1']);
    const last = first[first.length - 1];
    const next = report({
      page_size: 2,
      direction: 'next' as never,
      from_column_value: last.username,
      from_id: last.id,
    });
    const second = await admin.getUsersForReporting(next);
    assert.deepEqual(names(second), ['user-2']);
    const back = report({
      page_size: 2,
      direction: 'prev' as never,
      from_column_value: second[0].username,
      from_id: second[0].id,
    });
    assert.deepEqual(names(await admin.getUsersForReporting(back)), ['sysadmin', 'user-1']);
    assert.equal(await admin.getUserCountForReporting(report({})), 3);
    assert.equal(await admin.getUserCountForReporting(report({ search_term: 'user-' })), 2);
    assert.equal((await clientError(() => user.getUserCountForReporting(report({})))).status_code, 403);
  });
});
