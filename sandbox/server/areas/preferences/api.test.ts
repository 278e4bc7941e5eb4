import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { PreferenceType } from '@mattermost/types/preferences';
import type { UserProfile } from '@mattermost/types/users';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

// The preferences endpoints through the official Client4, as the Mattermost web app calls them.
describe('preferences API with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let me1: UserProfile;
  let me2: UserProfile;
  const clock = (userId: string, value: string): PreferenceType => ({
    user_id: userId,
    category: 'display_settings',
    name: 'use_military_time',
    value,
  });

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

  it('saves, reads back (me and by id) and overwrites a preference', async () => {
    assert.deepEqual(await user1.savePreferences(me1.id, [clock(me1.id, 'true')]), { status: 'OK' });
    const mine = (await user1.getMyPreferences()) as unknown as PreferenceType[];
    assert.deepEqual(
      mine.filter((p) => p.category === 'display_settings'),
      [clock(me1.id, 'true')],
    );
    await user1.savePreferences(me1.id, [clock(me1.id, 'false')]);
    assert.deepEqual(await user1.getUserPreferences(me1.id), [clock(me1.id, 'false')]);
  });

  it('reads one category and one name, 404 when there is none', async () => {
    await user1.savePreferences(me1.id, [clock(me1.id, 'true')]);
    const base = `${sandbox.url}/api/v4/users/me/preferences`;
    const auth = { headers: { Authorization: `Bearer ${user1.getToken()}` } };
    const byName = await fetch(`${base}/display_settings/name/use_military_time`, auth);
    assert.deepEqual(await byName.json(), clock(me1.id, 'true'));
    const category = await fetch(`${base}/display_settings`, auth);
    assert.deepEqual(await category.json(), [clock(me1.id, 'true')]);
    const none = await fetch(`${base}/no_such_category`, auth);
    assert.equal(none.status, 404);
  });

  it('deletes preferences', async () => {
    await user1.savePreferences(me1.id, [clock(me1.id, 'true')]);
    assert.deepEqual(await user1.deletePreferences(me1.id, [clock(me1.id, 'true')]), { status: 'OK' });
    assert.deepEqual(await user1.getUserPreferences(me1.id), []);
  });

  it('another user can neither read, change nor delete them (403), and a batch for someone else is refused', async () => {
    await user1.savePreferences(me1.id, [clock(me1.id, 'true')]);
    for (const attempt of [
      () => user2.getUserPreferences(me1.id),
      () => user2.savePreferences(me1.id, [clock(me1.id, 'false')]),
      () => user2.deletePreferences(me1.id, [clock(me1.id, 'true')]),
      () => user2.savePreferences(me2.id, [clock(me1.id, 'false')]),
    ]) {
      assert.equal((await clientError(attempt)).status_code, 403);
    }
    assert.deepEqual(await user1.getUserPreferences(me1.id), [clock(me1.id, 'true')]);
    assert.deepEqual(await user2.getUserPreferences(me2.id), []);
  });

  it('a system admin may read another user’s preferences (edit_other_users)', async () => {
    await user1.savePreferences(me1.id, [clock(me1.id, 'true')]);
    assert.deepEqual(await admin.getUserPreferences(me1.id), [clock(me1.id, 'true')]);
  });

  it('rejects an empty batch or an over-long value with 400 naming the field', async () => {
    const empty = await clientError(() => user1.savePreferences(me1.id, []));
    assert.equal(empty.status_code, 400);
    const long = await clientError(() =>
      user1.savePreferences(me1.id, [{ ...clock(me1.id, 'x'), value: 'x'.repeat(2001) }]),
    );
    assert.equal(long.status_code, 400);
    assert.match(long.message, /preferences/);
  });

  it('a cookie-authenticated write needs the CSRF header', async () => {
    const login = await fetch(`${sandbox.url}/api/v4/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login_id: ACCOUNTS.user1.username, password: ACCOUNTS.user1.password }),
    });
    const cookies = Object.fromEntries(
      login.headers.getSetCookie().map((line) => line.split(';')[0].split('=') as [string, string]),
    );
    const cookie = `MMAUTHTOKEN=${cookies.MMAUTHTOKEN}; MMCSRF=${cookies.MMCSRF}`;
    const put = (headers: Record<string, string>) =>
      fetch(`${sandbox.url}/api/v4/users/me/preferences`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
        body: JSON.stringify([clock(me1.id, 'false')]),
      });
    assert.equal((await put({})).status, 401);
    assert.equal((await put({ 'X-CSRF-Token': cookies.MMCSRF })).status, 200);
  });
});
