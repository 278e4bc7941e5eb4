import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Channel } from '@mattermost/types/channels';
import type { Post } from '@mattermost/types/posts';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';
import { splitCommand } from './areas/commands/builtins';

async function eventually<T>(find: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('not found in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('built-in slash commands (POST /commands/execute) with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let offTopic: Channel;
  let qaPrivate: Channel;
  let teamId: string;

  before(async () => {
    sandbox = await startTestSandbox();
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    const [team] = await user1.getMyTeams();
    teamId = team.id;
    offTopic = await user1.getChannelByName(team.id, 'off-topic');
    qaPrivate = await user1.getChannelByName(team.id, 'qa-private');
  });
  after(() => sandbox.close());

  const run = (client: Client4, channel: Channel, command: string, rootId = '') =>
    client.executeCommand(command, { channel_id: channel.id, team_id: teamId, root_id: rootId });
  const newest = async (client: Client4, channel: Channel) => {
    const page = await client.getPosts(channel.id, 0, 1);
    return page.posts[page.order[0]];
  };

  it('splits a command into its lower-cased trigger and its argument', () => {
    assert.deepEqual(splitCommand('/Me test'), { trigger: 'me', argument: 'test' });
    assert.deepEqual(splitCommand('/code a\nb'), { trigger: 'code', argument: 'a\nb' });
    assert.deepEqual(splitCommand('/away'), { trigger: 'away', argument: '' });
  });

  it('/me posts the text in italics as a "me" post of the caller, whatever the trigger case', async () => {
    const answer = await run(user1, offTopic, '/Me waves');
    assert.equal(answer.response_type, 'in_channel');
    const post = await newest(user1, offTopic);
    assert.equal(post.message, '*waves*');
    assert.equal(post.type, 'me');
    assert.equal(post.user_id, (await user1.getMe()).id);
  });

  it('/shrug appends the escaped shrug; /code indents every line into a code block', async () => {
    await run(user1, offTopic, '/shrug oh well');
    assert.equal((await newest(user1, offTopic)).message, String.raw`oh well ¯\\\_(ツ)\_/¯`);
    await run(user1, offTopic, '/code a\nb');
    assert.equal((await newest(user1, offTopic)).message, '    a\n    b');
  });

  it('/echo posts the message after its delay, not before', async () => {
    const before = await newest(user1, offTopic);
    await run(user1, offTopic, '/echo later 1');
    assert.equal((await newest(user1, offTopic)).id, before.id, 'nothing posted at once');
    let latest = before;
    const poll = setInterval(async () => {
      latest = await newest(user1, offTopic);
    }, 100);
    try {
      await eventually(() => (latest.message === 'later' ? latest : undefined), 4000);
    } finally {
      clearInterval(poll);
    }
  });

  it('/echo with a quoted message keeps its spaces and posts at once without a delay', async () => {
    await run(user1, offTopic, '/echo "two words"');
    assert.equal((await newest(user1, offTopic)).message, 'two words');
  });

  it('answers an ephemeral error to the caller, never stored as a post', async () => {
    const before = await newest(user1, offTopic);
    const answer = await run(user1, offTopic, '/echo too long 10001');
    assert.equal(answer.response_type, 'ephemeral');
    assert.equal(answer.text, 'Delays must be under 10000 seconds.');
    assert.equal((await newest(user1, offTopic)).id, before.id);
  });

  it('posts an answer in the thread the command was typed in', async () => {
    const root = await user1.createPost({ channel_id: offTopic.id, message: 'root' } as Post);
    await run(user1, offTopic, '/me replies', root.id);
    const reply = await newest(user1, offTopic);
    assert.equal(reply.root_id, root.id);
    assert.equal(reply.message, '*replies*');
  });

  it("refuses an unknown trigger with Mattermost's not-found error, and a channel one is not a member of", async () => {
    const unknown = await clientError(() => run(user1, offTopic, '/notacommand'));
    assert.equal(unknown.status_code, 404);
    assert.equal(unknown.server_error_id, 'api.command.execute_command.not_found.app_error');
    assert.match(unknown.message, /^Command with a trigger of '\/notacommand' not found\./);
    // user-2 is not a member of QA Private (seed/test.json).
    const refused = await clientError(() => run(user2, qaPrivate, '/me hi'));
    assert.ok([403, 404].includes(refused.status_code));
  });
});
