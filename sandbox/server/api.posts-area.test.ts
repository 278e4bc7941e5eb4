import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Channel } from '@mattermost/types/channels';
import type { Post } from '@mattermost/types/posts';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('post actions (edit, delete, thread, pin) with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let offTopic: Channel;
  let qaPrivate: Channel;

  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const [team] = await user1.getMyTeams();
    offTopic = await user1.getChannelByName(team.id, 'off-topic');
    qaPrivate = await user1.getChannelByName(team.id, 'qa-private');
  });
  after(() => sandbox.close());

  const post = (client: Client4, channel: Channel, message: string, rootId = '') =>
    client.createPost({ channel_id: channel.id, message, root_id: rootId } as Post);

  it('edits a post for its author (edit_at set), refuses others but lets an admin edit', async () => {
    const mine = await post(user1, offTopic, 'before');
    const edited = await user1.patchPost({ id: mine.id, message: 'after' } as Post);
    assert.equal(edited.message, 'after');
    assert.ok(edited.edit_at >= mine.create_at);
    assert.equal((await user1.getPost(mine.id)).message, 'after');
    const refused = await clientError(() => user2.patchPost({ id: mine.id, message: 'x' } as Post));
    assert.equal(refused.status_code, 403);
    assert.equal((await admin.patchPost({ id: mine.id, message: 'by admin' } as Post)).message, 'by admin');
    const blank = await clientError(() => user1.patchPost({ id: mine.id, message: ' ' } as Post));
    assert.equal(blank.status_code, 400);
  });

  it('reads a thread root first with its replies and reply_count, from the root or a reply', async () => {
    const root = await post(user1, offTopic, 'root');
    const reply1 = await post(user2, offTopic, 'reply 1', root.id);
    const reply2 = await post(user1, offTopic, 'reply 2', root.id);
    const thread = await user2.getPostThread(reply1.id);
    assert.deepEqual(thread.order, [reply2.id, reply1.id, root.id]);
    assert.equal(thread.posts[root.id].reply_count, 2);
    assert.equal((await user1.getPost(root.id)).reply_count, 2);
  });

  it('deletes a post for its author only; deleting a root deletes its replies', async () => {
    const root = await post(user1, offTopic, 'to delete');
    const reply = await post(user2, offTopic, 'its reply', root.id);
    assert.equal((await clientError(() => user2.deletePost(root.id))).status_code, 403);
    await user1.deletePost(root.id);
    assert.equal((await clientError(() => user1.getPost(root.id))).status_code, 404);
    assert.equal((await clientError(() => user1.getPost(reply.id))).status_code, 404);
    const listed = await user1.getPosts(offTopic.id, 0, 60);
    assert.ok(!listed.order.includes(root.id) && !listed.order.includes(reply.id));
    const other = await post(user2, offTopic, 'removed by admin');
    await admin.deletePost(other.id);
  });

  it('pins and unpins for channel members and lists the channel pinned posts', async () => {
    const pinned = await post(user1, offTopic, 'pin me');
    await user2.pinPost(pinned.id);
    assert.equal((await user1.getPost(pinned.id)).is_pinned, true);
    assert.deepEqual((await user1.getPinnedPosts(offTopic.id)).order, [pinned.id]);
    await user1.unpinPost(pinned.id);
    assert.deepEqual((await user1.getPinnedPosts(offTopic.id)).order, []);
  });

  it('hides the posts of a private channel from a non-member', async () => {
    const secret = await post(user1, qaPrivate, 'secret');
    assert.equal((await clientError(() => user2.getPost(secret.id))).status_code, 403);
    assert.equal((await clientError(() => user2.getPostThread(secret.id))).status_code, 403);
    assert.equal((await clientError(() => user2.pinPost(secret.id))).status_code, 403);
    assert.equal((await clientError(() => user2.deletePost(secret.id))).status_code, 403);
    assert.equal((await clientError(() => user2.getPinnedPosts(qaPrivate.id))).status_code, 403);
  });
});

describe('reactions with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let admin: Client4;

  before(async () => {
    sandbox = await startTestSandbox();
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
  });
  after(() => sandbox.close());

  it('adds, lists and removes own reactions; not for others, not outside the channel', async () => {
    const [team] = await user1.getMyTeams();
    const offTopic = await user1.getChannelByName(team.id, 'off-topic');
    const qaPrivate = await user1.getChannelByName(team.id, 'qa-private');
    const post = await user1.createPost({ channel_id: offTopic.id, message: 'react to me' } as Post);
    const me2 = await user2.getMe();
    const reaction = await user2.addReaction(me2.id, post.id, '+1');
    assert.equal(reaction.emoji_name, '+1');
    assert.deepEqual(
      (await user1.getReactionsForPost(post.id)).map((r) => [r.user_id, r.emoji_name]),
      [[me2.id, '+1']],
    );
    const me1 = await user1.getMe();
    assert.equal((await clientError(() => user2.addReaction(me1.id, post.id, 'smile'))).status_code, 403);
    assert.equal((await clientError(() => user2.removeReaction(me1.id, post.id, '+1'))).status_code, 403);
    const secret = await user1.createPost({ channel_id: qaPrivate.id, message: 'secret' } as Post);
    assert.equal((await clientError(() => user2.addReaction(me2.id, secret.id, '+1'))).status_code, 403);
    assert.equal(
      (await clientError(() => user2.addReaction(me2.id, post.id, 'not a name!'))).status_code,
      400,
    );
    await user2.removeReaction(me2.id, post.id, '+1');
    assert.deepEqual(await admin.getReactionsForPost(post.id), []);
  });
});
