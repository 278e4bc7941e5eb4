import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { UserProfile } from '@mattermost/types/users';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

// User status through the official Client4, as the Mattermost web app reads and sets it.
describe('status API and status slash commands with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let me1: UserProfile;
  let me2: UserProfile;
  let teamId: string;
  let channelId: string;

  before(async () => {
    sandbox = await startTestSandbox();
    [admin, user1, user2] = await Promise.all([
      loggedInClient(sandbox.url, ACCOUNTS.admin),
      loggedInClient(sandbox.url, ACCOUNTS.user1),
      loggedInClient(sandbox.url, ACCOUNTS.user2),
    ]);
    [me1, me2] = await Promise.all([user1.getMe(), user2.getMe()]);
    const [team] = await user1.getMyTeams();
    teamId = team.id;
    channelId = (await user1.getChannelByName(team.id, 'off-topic')).id;
  });
  after(() => sandbox.close());

  it('a logged-in user is online by activity until they set a status', async () => {
    const status = await user1.getStatus(me1.id);
    assert.equal(status.status, 'online');
    assert.equal(status.manual, false);
  });

  it('updateStatus sets one’s own status, which getStatus and getStatusesByIds then report', async () => {
    const set = await user1.updateStatus({ user_id: me1.id, status: 'dnd' } as never);
    assert.equal(set.status, 'dnd');
    assert.equal((await user2.getStatus(me1.id)).status, 'dnd');
    const [byIds] = await user2.getStatusesByIds([me1.id]);
    assert.deepEqual([byIds.user_id, byIds.status, byIds.manual], [me1.id, 'dnd', true]);
    await user1.updateStatus({ user_id: me1.id, status: 'online' } as never);
  });

  it('refuses another user’s status (403) unless a system admin sets it, and an unknown status (400)', async () => {
    const other = await clientError(() => user1.updateStatus({ user_id: me2.id, status: 'away' } as never));
    assert.equal(other.status_code, 403);
    assert.equal((await admin.updateStatus({ user_id: me2.id, status: 'away' } as never)).status, 'away');
    const unknown = await clientError(() =>
      user1.updateStatus({ user_id: me1.id, status: 'asleep' } as never),
    );
    assert.equal(unknown.status_code, 400);
    await admin.updateStatus({ user_id: me2.id, status: 'online' } as never);
  });

  it('/away, /dnd, /offline and /online answer ephemerally with Mattermost’s texts and set the status', async () => {
    const expected: [string, string, string][] = [
      ['/away', 'away', 'You are now away'],
      [
        '/dnd',
        'dnd',
        'Do Not Disturb is enabled. You will not receive desktop or mobile push notifications until Do Not Disturb is turned off.',
      ],
      ['/offline', 'offline', 'You are now offline'],
      ['/online', 'online', 'You are now online'],
    ];
    for (const [command, status, text] of expected) {
      const answer = await user1.executeCommand(command, { channel_id: channelId, team_id: teamId });
      assert.deepEqual([answer.response_type, answer.text], ['ephemeral', text], command);
      assert.equal((await user1.getStatus(me1.id)).status, status, command);
    }
  });
});
