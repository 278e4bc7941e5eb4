import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';
import { testFile } from '.';

describe('/test url with Client4', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user: Client4;
  let teamId: string;
  let channelId: string;

  const run = (command: string) => user.executeCommand(command, { channel_id: channelId, team_id: teamId });
  const search = async (terms: string) =>
    (await user.searchPostsWithParams(teamId, { terms, is_or_search: false, page: 0, per_page: 20 })).order;

  before(async () => {
    sandbox = await startTestSandbox();
    user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    [{ id: teamId }] = await user.getMyTeams();
    channelId = (
      await user.createChannel({
        team_id: teamId,
        name: 'loadtest',
        display_name: 'Loadtest',
        type: 'O',
      } as never)
    ).id;
  });
  after(() => sandbox.close());

  it('posts the named file of tests/ as the caller and answers "Loaded data" to the caller alone', async () => {
    const answer = await run('/test url test-search.md');
    assert.equal(answer.response_type, 'ephemeral');
    assert.equal(answer.text, 'Loaded data');
    const posts = await user.getPosts(channelId);
    const [newest] = posts.order.map((id) => posts.posts[id]);
    assert.equal(newest.message, testFile('test-search.md'));
    assert.equal(newest.user_id, (await user.getMe()).id);
  });

  it('adds ".md" to a name without extension, and refuses other names as Mattermost does', async () => {
    assert.equal(testFile('test-search'), testFile('test-search.md'));
    assert.equal((await run('/test url no-such-file')).text, 'Unable to get file');
    assert.equal((await run('/test url ../index.ts')).text, 'Unable to get file');
    assert.equal((await run('/test url')).text, 'Command must contain a url');
    assert.match((await run('/test posts')).text, /knows only "url"/);
  });

  it('makes the test post findable by its words and hashtags, but not a post with the bare word', async () => {
    const plain = await user.createPost({
      channel_id: channelId,
      message: 'hashtag without the hash',
    } as never);
    await run('/test url test-search');
    const [testPost] = (await user.getPosts(channelId)).order;
    assert.ok((await search('#hello')).includes(testPost));
    assert.ok((await search('#markdown')).includes(testPost));
    assert.ok((await search('#colon')).includes(testPost));
    assert.ok((await search('crème fraîche')).includes(testPost));
    const hashtag = await search('#hashtag');
    assert.ok(hashtag.includes(testPost));
    assert.ok(!hashtag.includes(plain.id));
  });

  it('is unknown while System Console > Developer > Enable Testing Commands is false (on by default here)', async () => {
    const admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    const config = await admin.getConfig();
    assert.equal(config.ServiceSettings.EnableTesting, true);
    await admin.patchConfig({ ServiceSettings: { EnableTesting: false } } as never);
    try {
      const error = await clientError(() => run('/test url test-search.md'));
      assert.equal(error.status_code, 404);
      assert.equal(error.message, "Command with a trigger of '/test' not found.");
    } finally {
      await admin.patchConfig({ ServiceSettings: { EnableTesting: true } } as never);
    }
    assert.equal((await run('/test url test-search.md')).text, 'Loaded data');
  });
});
