import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Channel } from '@mattermost/types/channels';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('creating, joining and archiving channels with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let team: Team;

  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
  });
  after(() => sandbox.close());

  const newChannel = (name: string, type: 'O' | 'P' = 'O') =>
    ({ team_id: team.id, name, display_name: name.toUpperCase(), type }) as Channel;

  it('creates a channel whose creator is its first member, and refuses a taken name', async () => {
    const channel = await user1.createChannel(newChannel('cb-create'));
    assert.equal(channel.display_name, 'CB-CREATE');
    assert.equal(channel.creator_id, (await user1.getMe()).id);
    assert.ok((await user1.getMyChannels(team.id)).some((mine) => mine.id === channel.id));
    assert.ok(!(await user2.getMyChannels(team.id)).some((mine) => mine.id === channel.id));
    const taken = await clientError(() => user2.createChannel(newChannel('cb-create')));
    assert.equal(taken.status_code, 400);
    assert.equal(taken.server_error_id, 'store.sql_channel.save_channel.exists.app_error');
    assert.equal((await clientError(() => user1.createChannel(newChannel('Bad Name')))).status_code, 400);
  });

  it('lets a member add a team member; others cannot add to a private channel', async () => {
    const channel = await user1.createChannel(newChannel('cb-private', 'P'));
    const me2 = await user2.getMe();
    assert.equal((await clientError(() => user2.addToChannel(me2.id, channel.id))).status_code, 403);
    const membership = await user1.addToChannel(me2.id, channel.id);
    assert.equal(membership.user_id, me2.id);
    assert.ok((await user2.getMyChannels(team.id)).some((mine) => mine.id === channel.id));
  });

  it('archives a channel for a member or an admin, never Town Square, and hides it from the sidebar list', async () => {
    const channel = await user1.createChannel(newChannel('cb-archive'));
    assert.equal((await clientError(() => user2.deleteChannel(channel.id))).status_code, 403);
    await user1.deleteChannel(channel.id);
    assert.ok(!(await user1.getMyChannels(team.id)).some((mine) => mine.id === channel.id));
    // Archived, not gone: members still read it (Mattermost's archived-channel view), marked by delete_at.
    assert.ok((await user1.getChannel(channel.id)).delete_at > 0);
    const townSquare = await admin.getChannelByName(team.id, 'town-square');
    assert.equal((await clientError(() => admin.deleteChannel(townSquare.id))).status_code, 400);
    const another = await user2.createChannel(newChannel('cb-admin-archive'));
    await admin.deleteChannel(another.id);
  });
});
