import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

describe('direct and group messages with Client4', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let team: Team;
  const ids = { admin: '', user1: '', user2: '' };

  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
    ids.admin = (await admin.getMe()).id;
    ids.user1 = (await user1.getMe()).id;
    ids.user2 = (await user2.getMe()).id;
  });
  after(() => sandbox.close());

  it('makes one DM per pair, named by the sorted ids, teamless, listed in both users’ channels', async () => {
    const dm = await user1.createDirectChannel([ids.user1, ids.user2]);
    assert.equal(dm.type, 'D');
    assert.equal(dm.team_id, '');
    assert.equal(dm.name, [ids.user1, ids.user2].sort().join('__'));
    const again = await user2.createDirectChannel([ids.user2, ids.user1]);
    assert.equal(again.id, dm.id);
    assert.ok((await user2.getMyChannels(team.id)).some((channel) => channel.id === dm.id));
    const post = await user2.createPost({ channel_id: dm.id, message: 'hello in private' } as never);
    assert.equal(post.channel_id, dm.id);
  });

  it('refuses a DM between two other users (403) and a non-member reading it (403)', async () => {
    const error = await clientError(() => user1.createDirectChannel([ids.admin, ids.user2]));
    assert.equal(error.status_code, 403);
    const dm = await admin.createDirectChannel([ids.admin, ids.user2]);
    assert.equal((await clientError(() => user1.getChannel(dm.id))).status_code, 403);
    assert.equal((await clientError(() => user1.getProfilesInChannel(dm.id))).status_code, 403);
    const write = await clientError(() => user1.createPost({ channel_id: dm.id, message: 'x' } as never));
    assert.equal(write.status_code, 403);
  });

  it('allows a DM with oneself and rejects unknown users', async () => {
    const self = await user1.createDirectChannel([ids.user1, ids.user1]);
    assert.equal(self.name, `${ids.user1}__${ids.user1}`);
    const unknown = 'abcdefghijklmnopqrstuvwxyz';
    assert.equal((await clientError(() => user1.createDirectChannel([ids.user1, unknown]))).status_code, 400);
  });

  it('makes a GM with the caller added, its display name the sorted usernames, and refuses two users', async () => {
    const gm = await user1.createGroupChannel([ids.admin, ids.user2]);
    assert.equal(gm.type, 'G');
    assert.equal(
      gm.display_name,
      [ACCOUNTS.admin.username, ACCOUNTS.user1.username, ACCOUNTS.user2.username].sort().join(', '),
    );
    const members = await user2.getProfilesInChannel(gm.id);
    assert.deepEqual(members.map((user) => user.id).sort(), [ids.admin, ids.user1, ids.user2].sort());
    assert.equal((await admin.createGroupChannel([ids.user1, ids.user2, ids.admin])).id, gm.id);
    const tooFew = await clientError(() => user1.createGroupChannel([ids.user2]));
    assert.equal(tooFew.status_code, 400);
  });

  it('lists profiles, a page at a time, in a team or a channel', async () => {
    const all = await user1.getProfiles(0, 100);
    assert.deepEqual(
      all.map((user) => user.username),
      [ACCOUNTS.admin.username, ACCOUNTS.user1.username, ACCOUNTS.user2.username].sort(),
    );
    assert.equal((await user1.getProfiles(1, 2)).length, 1);
    assert.equal((await user1.getProfilesInTeam(team.id, 0, 100)).length, 3);
  });
});
