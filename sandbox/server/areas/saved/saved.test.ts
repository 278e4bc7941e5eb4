import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Channel } from '@mattermost/types/channels';
import type { Post } from '@mattermost/types/posts';
import type { UserProfile } from '@mattermost/types/users';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

// Saved messages as the web app keeps them: flagged_post preferences, listed by Client4.getFlaggedPosts.
describe('saved (flagged) posts with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let me1: UserProfile;
  let me2: UserProfile;
  let offTopic: Channel;
  let townSquare: Channel;

  before(async () => {
    sandbox = await startTestSandbox();
    [user1, user2] = await Promise.all([
      loggedInClient(sandbox.url, ACCOUNTS.user1),
      loggedInClient(sandbox.url, ACCOUNTS.user2),
    ]);
    [me1, me2] = await Promise.all([user1.getMe(), user2.getMe()]);
    const [team] = await user1.getMyTeams();
    offTopic = await user1.getChannelByName(team.id, 'off-topic');
    townSquare = await user1.getChannelByName(team.id, 'town-square');
  });
  after(() => sandbox.close());

  const post = (channel: Channel, message: string) =>
    user1.createPost({ channel_id: channel.id, message } as Post);
  const flag = (userId: string, postId: string, value = 'true') => ({
    user_id: userId,
    category: 'flagged_post',
    name: postId,
    value,
  });

  it('lists the posts the user saved, newest first, per channel on request, not after unsaving or delete', async () => {
    const first = await post(offTopic, 'saved one');
    const second = await post(townSquare, 'saved two');
    const third = await post(offTopic, 'saved then deleted');
    await user1.savePreferences(me1.id, [
      flag(me1.id, first.id),
      flag(me1.id, second.id),
      flag(me1.id, third.id),
    ]);
    await user1.deletePost(third.id);
    const all = await user1.getFlaggedPosts(me1.id);
    assert.deepEqual(all.order, [second.id, first.id]);
    assert.equal(all.posts[first.id].message, 'saved one');
    const inOffTopic = await user1.getFlaggedPosts(me1.id, offTopic.id);
    assert.deepEqual(inOffTopic.order, [first.id]);
    await user1.deletePreferences(me1.id, [flag(me1.id, second.id)]);
    assert.deepEqual((await user1.getFlaggedPosts(me1.id)).order, [first.id]);
  });

  it("keeps saves personal: another user's list is their own, and reading someone else's is refused", async () => {
    const mine = await post(offTopic, 'only user1 saves this');
    await user1.savePreferences(me1.id, [flag(me1.id, mine.id)]);
    assert.ok(!(await user2.getFlaggedPosts(me2.id)).order.includes(mine.id));
    const refused = await clientError(() => user2.getFlaggedPosts(me1.id));
    assert.equal(refused.status_code, 403);
  });
});
