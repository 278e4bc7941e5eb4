import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

describe('channel management with Client4: leave/remove, archive/restore, patch', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let team: Team;
  let user1Id: string;
  let user2Id: string;

  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
    user1Id = (await user1.getMe()).id;
    user2Id = (await user2.getMe()).id;
  });
  after(() => sandbox.close());

  const newChannel = (type: 'O' | 'P' = 'O') =>
    user1.createChannel({
      team_id: team.id,
      name: `c-${Date.now()}-${type}`.toLowerCase(),
      display_name: 'Managed',
      type,
    } as never);

  it('lets a member leave, refuses Town Square, and lets only an admin remove someone else', async () => {
    const channel = await newChannel();
    await user1.addToChannel(user2Id, channel.id);
    assert.equal((await clientError(() => user1.removeFromChannel(user2Id, channel.id))).status_code, 403);
    assert.equal((await user2.getMyChannelMember(channel.id)).user_id, user2Id);
    await user2.removeFromChannel(user2Id, channel.id);
    assert.equal((await clientError(() => user2.getMyChannelMember(channel.id))).status_code, 404);
    assert.ok(!(await user2.getMyChannels(team.id)).some((c) => c.id === channel.id));
    await user1.addToChannel(user2Id, channel.id);
    await admin.removeFromChannel(user2Id, channel.id);
    const town = await user1.getChannelByName(team.id, 'town-square');
    assert.equal((await clientError(() => user1.removeFromChannel(user1Id, town.id))).status_code, 400);
  });

  it('keeps an archived channel readable by its members, not postable, listed with include_deleted', async () => {
    const channel = await newChannel('P');
    await user1.createPost({ channel_id: channel.id, message: 'before archiving' } as never);
    await user1.deleteChannel(channel.id);
    assert.ok((await user1.getChannel(channel.id)).delete_at > 0);
    assert.ok(!(await user1.getMyChannels(team.id)).some((c) => c.id === channel.id));
    assert.ok((await user1.getMyChannels(team.id, true)).some((c) => c.id === channel.id));
    const refused = await clientError(() =>
      user1.createPost({ channel_id: channel.id, message: 'after' } as never),
    );
    assert.equal(refused.status_code, 400);
    assert.equal((await clientError(() => user2.getChannel(channel.id))).status_code, 404);
    assert.equal((await clientError(() => user1.unarchiveChannel(channel.id))).status_code, 403);
    assert.equal((await admin.unarchiveChannel(channel.id)).delete_at, 0);
    assert.equal((await clientError(() => admin.unarchiveChannel(channel.id))).status_code, 400);
  });

  it('patches name, header and purpose for members only, and not once archived', async () => {
    const channel = await newChannel();
    const patched = await user1.patchChannel(channel.id, {
      display_name: 'Renamed',
      header: 'New header',
      purpose: 'Why',
    });
    assert.equal(patched.display_name, 'Renamed');
    assert.equal(patched.header, 'New header');
    assert.equal(patched.purpose, 'Why');
    assert.equal((await clientError(() => user2.patchChannel(channel.id, { header: 'x' }))).status_code, 403);
    await user1.deleteChannel(channel.id);
    assert.equal((await clientError(() => user1.patchChannel(channel.id, { header: 'y' }))).status_code, 403);
  });

  it('posts the Mattermost system message for each changed header, purpose and display name', async () => {
    const channel = await newChannel();
    await user1.patchChannel(channel.id, { header: 'First' });
    await user1.patchChannel(channel.id, { header: 'Second', display_name: 'Renamed' });
    await user1.patchChannel(channel.id, { purpose: '' });
    const list = await user1.getPosts(channel.id);
    const posts = list.order.map((id) => list.posts[id]);
    const username = (await user1.getMe()).username;
    assert.deepEqual(posts.map((post) => `${post.type}: ${post.message}`).sort(), [
      `system_displayname_change: ${username} updated the channel display name from: Managed to: Renamed`,
      `system_header_change: ${username} updated the channel header from: First to: Second`,
      `system_header_change: ${username} updated the channel header to: First`,
    ]);
    assert.equal(
      posts.find((post) => post.type === 'system_displayname_change')?.props.new_displayname,
      'Renamed',
    );
  });

  it('converts a public channel to private for a system admin only, with its system message', async () => {
    const channel = await newChannel();
    assert.equal((await clientError(() => user1.updateChannelPrivacy(channel.id, 'P'))).status_code, 403);
    assert.equal((await admin.updateChannelPrivacy(channel.id, 'P')).type, 'P');
    const list = await user1.getPosts(channel.id);
    const messages = list.order.map((id) => list.posts[id].message);
    assert.deepEqual(messages, ['This channel has been converted to a Private Channel.']);
    const town = await user1.getChannelByName(team.id, 'town-square');
    assert.equal((await clientError(() => admin.updateChannelPrivacy(town.id, 'P'))).status_code, 400);
  });

  it('says archived channels are viewable in the client config', async () => {
    const config = await user1.getClientConfig();
    assert.equal((config as Record<string, string>).ExperimentalViewArchivedChannels, 'true');
  });
});
