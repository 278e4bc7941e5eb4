import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

describe('client license (GET /api/v4/license/client)', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;

  before(async () => {
    sandbox = await startTestSandbox({ passwordCost: 'fast' });
  });
  after(() => sandbox.close());

  it('answers as a server without a license (Team Edition) in the old format', async () => {
    const user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    assert.deepEqual(await user.getClientLicenseOld(), { IsLicensed: 'false' });
  });

  it('refuses another format with Mattermost error id (501)', async () => {
    const user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const response = await fetch(`${sandbox.url}/api/v4/license/client?format=new`, {
      headers: { Authorization: `Bearer ${user.getToken()}` },
    });
    assert.equal(response.status, 501);
    assert.equal((await response.json()).id, 'api.license.client.old_format.app_error');
  });
});
