import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

describe("a user's default profile image (GET /api/v4/users/{id}/image) and the password rule in the client config", () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user: Client4;

  before(async () => {
    sandbox = await startTestSandbox({ passwordCost: 'fast' });
    user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
  });
  after(() => sandbox.close());

  const fetchImage = (client: Client4 | undefined, userId: string) =>
    fetch(`${sandbox.url}/api/v4/users/${userId}/image`, {
      headers: client ? { Authorization: `Bearer ${client.getToken()}` } : {},
    });

  it("serves any logged-in user another user's default image, with the username's first letter", async () => {
    const admin = await user.getUserByUsername(ACCOUNTS.admin.username);
    const response = await fetchImage(user, admin.id);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    assert.match(await response.text(), />S<\/text>/);
  });

  it('answers 401 without a session and 404 for an unknown user', async () => {
    const admin = await user.getUserByUsername(ACCOUNTS.admin.username);
    assert.equal((await fetchImage(undefined, admin.id)).status, 401);
    assert.equal((await fetchImage(user, 'a'.repeat(26))).status, 404);
  });

  it("tells the web app the password rule it words its errors with (PasswordMinimumLength), the server's own", async () => {
    const config = await user.getClientConfig();
    assert.equal(config.PasswordMinimumLength, '8');
    const me = await user.getMe();
    const error = await clientError(() => user.updateUserPassword(me.id, ACCOUNTS.user1.password, 'short'));
    assert.equal(error.message, 'Your password must contain between 8 and 64 characters.');
  });
});
