import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Channel } from '@mattermost/types/channels';
import type { Post } from '@mattermost/types/posts';
import type { Team } from '@mattermost/types/teams';
import type { UserProfile } from '@mattermost/types/users';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

// The Threads view's list as Client4.getUserThreads reads it: the threads a user started or replied to.
describe('followed threads with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let admin: Client4;
  let me1: UserProfile;
  let me2: UserProfile;
  let team: Team;
  let offTopic: Channel;

  before(async () => {
    sandbox = await startTestSandbox();
    [user1, user2, admin] = await Promise.all([
      loggedInClient(sandbox.url, ACCOUNTS.user1),
      loggedInClient(sandbox.url, ACCOUNTS.user2),
      loggedInClient(sandbox.url, ACCOUNTS.admin),
    ]);
    [me1, me2] = await Promise.all([user1.getMe(), user2.getMe()]);
    [team] = await user1.getMyTeams();
    offTopic = await user1.getChannelByName(team.id, 'off-topic');
  });
  after(() => sandbox.close());

  const post = (client: Client4, message: string, rootId = '') =>
    client.createPost({ channel_id: offTopic.id, message, root_id: rootId } as Post);
  const threadIds = async (client: Client4, userId: string) =>
    (await client.getUserThreads(userId, team.id, {})).threads.map((thread) => thread.id);

  it('lists a thread for its starter and each replier once it has a reply, not for onlookers', async () => {
    const root = await post(user1, 'a root that gets a reply');
    assert.ok(!(await threadIds(user1, me1.id)).includes(root.id), 'a root without replies is no thread yet');
    await post(user2, 'the reply', root.id);
    const list = await user1.getUserThreads(me1.id, team.id, {});
    const thread = list.threads.find((candidate) => candidate.id === root.id);
    assert.ok(thread, 'the starter follows the thread');
    assert.equal(thread.reply_count, 1);
    assert.equal(thread.post.message, 'a root that gets a reply');
    assert.deepEqual(
      thread.participants.map((participant) => participant.id),
      [me1.id, me2.id],
    );
    assert.equal(list.total, list.threads.length);
    assert.ok((await threadIds(user2, 'me')).includes(root.id), 'the replier follows it too');
    const adminId = (await admin.getMe()).id;
    assert.ok(!(await threadIds(admin, adminId)).includes(root.id), 'a member who took no part does not');
  });

  it("drops a thread whose replies are deleted and refuses to read another user's threads", async () => {
    const root = await post(user1, 'a root whose reply goes away');
    const reply = await post(user1, 'my own reply', root.id);
    assert.ok((await threadIds(user1, me1.id)).includes(root.id));
    await user1.deletePost(reply.id);
    assert.ok(!(await threadIds(user1, me1.id)).includes(root.id));
    const refused = await clientError(() => user2.getUserThreads(me1.id, team.id, {}));
    assert.equal(refused.status_code, 403);
  });
});
