import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';
import { matchesMention } from './matches';

const profile = { username: 'john.albert-x', first_name: 'Ana María', last_name: 'Núñez', nickname: 'JJ' };

describe('at-mention matching', () => {
  it('matches the username and its parts, names, nickname and "first last", any case, accents ignored', () => {
    for (const prefix of ['john', 'albert', 'x', 'ana', 'maría', 'maria', 'NUNEZ', 'jj', 'ana maría n', ''])
      assert.ok(matchesMention(profile, prefix), prefix);
  });

  it('never matches the email or the middle of a word', () => {
    for (const prefix of ['lbert', 'john.albert-x@', 'example.com', 'ez'])
      assert.ok(!matchesMention(profile, prefix), prefix);
  });
});

describe('GET /users/autocomplete with Client4', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let team: Team;

  before(async () => {
    sandbox = await startTestSandbox();
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
  });
  after(() => sandbox.close());

  it('splits the matches into the channel members and the team’s other members', async () => {
    const secret = await user1.getChannelByName(team.id, 'qa-private');
    const found = await user1.autocompleteUsers('', team.id, secret.id);
    assert.deepEqual(
      found.users.map((user) => user.username),
      ['sysadmin', 'user-1'],
    );
    assert.deepEqual(
      found.out_of_channel?.map((user) => user.username),
      ['user-2'],
    );
    const byName = await user1.autocompleteUsers('RIV', team.id, secret.id);
    assert.deepEqual(byName.users, []);
    assert.deepEqual(
      byName.out_of_channel?.map((user) => user.username),
      ['user-2'],
    );
  });

  it('does not search emails, and refuses a private channel the caller is not in', async () => {
    const town = await user1.getChannelByName(team.id, 'town-square');
    const byEmail = await user1.autocompleteUsers('user-2@sample', team.id, town.id);
    assert.deepEqual([...byEmail.users, ...(byEmail.out_of_channel ?? [])], []);
    const secret = await user1.getChannelByName(team.id, 'qa-private');
    const refused = await clientError(() => user2.autocompleteUsers('', team.id, secret.id));
    assert.equal(refused.status_code, 403);
  });

  it('lets a team member join a public channel, not add someone else to a channel they are not in', async () => {
    const admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    const room = await admin.createChannel({
      team_id: team.id,
      name: 'join-me',
      display_name: 'Join me',
      type: 'O',
    } as never);
    const two = await user2.getMe();
    await user2.addToChannel(two.id, room.id);
    const one = await user1.getMe();
    const refused = await clientError(() => user1.addToChannel(two.id, room.id));
    assert.equal(refused.status_code, 403);
    await user1.addToChannel(one.id, room.id);
    const joined = await admin.getProfilesInChannel(room.id);
    assert.deepEqual(joined.map((user) => user.username).sort(), ['sysadmin', 'user-1', 'user-2']);
  });
});
