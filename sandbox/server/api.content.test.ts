import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('teams, channels, posts and config with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let team: Team;

  before(async () => {
    sandbox = await startTestSandbox({ statusIntervalMs: 750 });
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
  });
  after(() => sandbox.close());

  it('lists the seeded team for the user', async () => {
    assert.equal(team.name, 'casebook');
    assert.equal(team.display_name, 'Casebook QA');
    assert.deepEqual(await user1.getTeamsForUser((await user1.getMe()).id), [team]);
    assert.deepEqual(await user1.getTeam(team.id), team);
    assert.deepEqual(await user1.getTeamByName('casebook'), team);
  });

  it('lists only the channels the user belongs to (private ones included)', async () => {
    const names1 = (await user1.getMyChannels(team.id)).map((channel) => channel.name).sort();
    const names2 = (await user2.getMyChannels(team.id)).map((channel) => channel.name).sort();
    assert.deepEqual(names1, ['off-topic', 'qa-private', 'town-square']);
    assert.deepEqual(names2, ['off-topic', 'town-square']);
  });

  it('finds channels by name; private channels stay hidden from non-members', async () => {
    const townSquare = await user1.getChannelByName(team.id, 'town-square');
    assert.equal(townSquare.display_name, 'Town Square');
    assert.equal(townSquare.type, 'O');
    const byTeamName = await user2.getChannelByNameAndTeamName('casebook', 'off-topic');
    assert.equal(byTeamName.display_name, 'Off-Topic');
    assert.equal((await user1.getChannelByName(team.id, 'qa-private')).type, 'P');
    assert.equal((await clientError(() => user2.getChannelByName(team.id, 'qa-private'))).status_code, 403);
    assert.equal(
      (await clientError(() => user1.getChannelByName(team.id, 'no-such-channel'))).status_code,
      404,
    );
    assert.equal((await clientError(() => user1.getTeamByName('no-such-team'))).status_code, 404);
  });

  it('creates posts and reads them back in the Mattermost {order, posts} shape, newest first', async () => {
    const channel = await user1.getChannelByName(team.id, 'off-topic');
    const first = await user1.createPost({ channel_id: channel.id, message: 'first' } as never);
    const second = await user2.createPost({ channel_id: channel.id, message: 'second\nline' } as never);
    assert.equal(first.user_id, (await user1.getMe()).id);
    const list = await user1.getPosts(channel.id, 0, 2);
    assert.deepEqual(list.order, [second.id, first.id]);
    assert.equal(list.posts[second.id].message, 'second\nline');
    assert.equal(list.posts[first.id].channel_id, channel.id);
    const reply = await user2.createPost({
      channel_id: channel.id,
      message: 'reply',
      root_id: first.id,
    } as never);
    assert.equal(reply.root_id, first.id);
    const code = await user1.createPost({ channel_id: channel.id, message: '    indented code' } as never);
    assert.equal(code.message, '    indented code', 'messages are stored as sent');
  });

  it('rejects posts that are empty, too long, or in channels the user is not in', async () => {
    const channel = await user2.getChannelByName(team.id, 'town-square');
    const privateChannel = await user1.getChannelByName(team.id, 'qa-private');
    const empty = await clientError(() =>
      user2.createPost({ channel_id: channel.id, message: '   ' } as never),
    );
    assert.equal(empty.status_code, 400);
    assert.match(empty.message, /message/);
    const long = await clientError(() =>
      user2.createPost({ channel_id: channel.id, message: 'x'.repeat(16384) } as never),
    );
    assert.equal(long.status_code, 400);
    const noChannel = await clientError(() => user2.createPost({ message: 'hi' } as never));
    assert.match(noChannel.message, /channel_id/);
    const forbidden = await clientError(() =>
      user2.createPost({ channel_id: privateChannel.id, message: 'hi' } as never),
    );
    assert.equal(forbidden.status_code, 403);
    assert.equal((await clientError(() => user2.getPosts(privateChannel.id))).status_code, 403);
  });

  it('validates paging parameters', async () => {
    const channel = await user1.getChannelByName(team.id, 'town-square');
    const error = await clientError(() => user1.getPosts(channel.id, 0, 500));
    assert.equal(error.status_code, 400);
    assert.match(error.message, /per_page/);
  });

  it('serves the old-format client config and the ping', async () => {
    const config = await user1.getClientConfig();
    assert.equal(config.SiteName, 'Mattermost');
    assert.match(config.Version, /^\d+\.\d+\.\d+$/);
    assert.equal((config as Record<string, string>).StatusIntervalMs, '750');
    assert.equal((await user1.ping(false)).status, 'OK');
  });
});
