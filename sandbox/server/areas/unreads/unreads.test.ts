import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Channel } from '@mattermost/types/channels';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../../../testing/fixtures';
import { mentions } from './counts';

describe('read and unread channels with Client4', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let team: Team;
  let channel: Channel;
  let user1Id: string;
  let user2Id: string;

  const mine = async (client: Client4, userId: string) =>
    (await client.getMyChannelMembers(team.id)).find(
      (m) => m.channel_id === channel.id && m.user_id === userId,
    );

  before(async () => {
    sandbox = await startTestSandbox();
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
    user1Id = (await user1.getMe()).id;
    user2Id = (await user2.getMe()).id;
    channel = await user1.createChannel({
      team_id: team.id,
      name: 'unreads',
      display_name: 'Unreads',
      type: 'O',
    } as Channel);
    await user1.addToChannel(user2Id, channel.id);
  });
  after(() => sandbox.close());

  it("counts other people's posts after the last view, and mentions of the member", async () => {
    await user1.viewMyChannel(channel.id);
    await user2.createPost({ channel_id: channel.id, message: 'plain' } as never);
    await user2.createPost({
      channel_id: channel.id,
      message: `hello @${ACCOUNTS.user1.username}.`,
    } as never);
    await user1.createPost({ channel_id: channel.id, message: 'my own' } as never);
    const member = await mine(user1, user1Id);
    assert.equal(member?.mention_count, 1);
    assert.equal(member?.msg_count, 1, 'three posts, two of them unread');
    await user1.viewMyChannel(channel.id);
    assert.equal((await mine(user1, user1Id))?.mention_count, 0);
  });

  it('marks a post unread: the member last viewed the channel just before it', async () => {
    const post = await user2.createPost({
      channel_id: channel.id,
      message: `@${ACCOUNTS.user1.username} again`,
    } as never);
    await user1.viewMyChannel(channel.id);
    const unread = await user1.markPostAsUnread(user1Id, post.id);
    assert.equal(unread.last_viewed_at, post.create_at - 1);
    assert.equal(unread.mention_count, 1);
  });

  it("refuses another user's counters and views (403)", async () => {
    const asUser2 = (method: string, path: string, body?: unknown) =>
      fetch(`${sandbox.url}/api/v4${path}`, {
        method,
        headers: { Authorization: `Bearer ${user2.getToken()}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    assert.equal((await asUser2('GET', `/users/${user1Id}/teams/${team.id}/channels/members`)).status, 403);
    const view = await asUser2('POST', `/channels/members/${user1Id}/view`, { channel_id: channel.id });
    assert.equal(view.status, 403);
  });

  it('reads mentions as Mattermost does', () => {
    assert.ok(mentions('hi @user-1', 'user-1'));
    assert.ok(mentions('@all look', 'user-1'));
    assert.ok(!mentions('hi @user-10', 'user-1'));
    assert.ok(!mentions('mail user@user-1.com', 'user-1'));
  });
});
