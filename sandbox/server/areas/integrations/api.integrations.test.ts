import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Command, IncomingWebhook } from '@mattermost/types/integrations';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

/** A command server on 127.0.0.1 that answers every request in channel and remembers what it was sent. */
function startCommandServer(): Promise<{ url: string; received: URLSearchParams[]; close(): void }> {
  const received: URLSearchParams[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const fields = new URLSearchParams(body);
      received.push(fields);
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ response_type: 'in_channel', text: `echo: ${fields.get('text')}` }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/command`, received, close: () => server.close() });
    }),
  );
}

describe('integrations: incoming webhooks, outgoing webhooks, slash commands (Client4)', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user: Client4;
  let teamId: string;
  let townSquare: string;
  let offTopic: string;

  before(async () => {
    sandbox = await startTestSandbox({ passwordCost: 'fast' });
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const team = await admin.getTeamByName('casebook');
    teamId = team.id;
    townSquare = (await admin.getChannelByName(teamId, 'town-square')).id;
    offTopic = (await admin.getChannelByName(teamId, 'off-topic')).id;
  });
  after(() => sandbox.close());

  const postHook = (id: string, payload: unknown) =>
    fetch(`${sandbox.url}/hooks/${id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });

  it('creates, lists, updates an incoming webhook, and its URL posts the payload as the creator, from_webhook', async () => {
    const hook = await admin.createIncomingWebhook({
      channel_id: townSquare,
      display_name: 'Build bot',
      description: 'posts builds',
    } as IncomingWebhook);
    assert.equal(hook.team_id, teamId);
    assert.deepEqual(
      ((await admin.getIncomingWebhooks(teamId)) as IncomingWebhook[]).map((h) => h.id),
      [hook.id],
    );
    const updated = await admin.updateIncomingWebhook({ ...hook, display_name: 'Builds' });
    assert.equal(updated.display_name, 'Builds');

    const answer = await postHook(hook.id, { text: 'build #1 passed', username: 'ci', channel: 'off-topic' });
    assert.equal(answer.status, 200);
    assert.equal(await answer.text(), 'ok');
    const posts = await admin.getPosts(offTopic);
    const post = posts.posts[posts.order[0]];
    assert.equal(post.message, 'build #1 passed');
    assert.equal(post.props.from_webhook, 'true');
    // EnablePostUsernameOverride is false by default: the payload's username is not applied.
    assert.equal(post.props.override_username, undefined);
    assert.equal(post.user_id, (await admin.getMe()).id);
  });

  it('refuses a locked hook posting elsewhere, an empty payload, and a deleted hook ("Invalid webhook.")', async () => {
    const hook = await admin.createIncomingWebhook({
      channel_id: townSquare,
      channel_locked: true,
    } as IncomingWebhook);
    assert.equal((await postHook(hook.id, { text: 'x', channel: 'off-topic' })).status, 403);
    assert.equal((await postHook(hook.id, {})).status, 400);
    await admin.removeIncomingWebhook(hook.id);
    const gone = await postHook(hook.id, { text: 'after delete' });
    assert.equal(gone.status, 400);
    assert.equal(((await gone.json()) as { message: string }).message, 'Invalid webhook.');
  });

  it('refuses a team member who is not an admin (403) for every kind of integration', async () => {
    for (const action of [
      () => user.createIncomingWebhook({ channel_id: townSquare } as IncomingWebhook),
      () => user.getIncomingWebhooks(teamId),
      () => user.getOutgoingWebhooks('', teamId),
      () =>
        user.addCommand({
          team_id: teamId,
          trigger: 'nope',
          url: 'http://example.com',
          method: 'P',
        } as Command),
      () => user.getCustomTeamCommands(teamId),
    ]) {
      assert.equal((await clientError(action)).status_code, 403);
    }
  });

  it('creates outgoing webhooks with a channel or trigger words and a callback URL, and deletes them', async () => {
    const hook = await admin.createOutgoingWebhook({
      team_id: teamId,
      channel_id: offTopic,
      callback_urls: ['http://127.0.0.1:9/out'],
      display_name: 'Out',
    } as never);
    assert.equal(typeof hook.token, 'string');
    const error = await clientError(() =>
      admin.createOutgoingWebhook({ team_id: teamId, callback_urls: ['http://x.test'] } as never),
    );
    assert.equal(error.status_code, 400);
    await admin.removeOutgoingWebhook(hook.id);
    assert.deepEqual(await admin.getOutgoingWebhooks('', teamId), []);
  });

  it('validates commands: a taken trigger and an invalid URL, with Mattermost messages', async () => {
    const base = { team_id: teamId, method: 'P', url: 'http://example.com' } as Command;
    const command = await admin.addCommand({ ...base, trigger: 'weather' });
    const taken = await clientError(() => admin.addCommand({ ...base, trigger: 'weather' }));
    assert.equal(taken.message, 'This trigger word is already in use. Please choose another word.');
    const builtIn = await clientError(() => admin.addCommand({ ...base, trigger: 'echo' }));
    assert.equal(builtIn.status_code, 400);
    const badUrl = await clientError(() => admin.editCommand({ ...command, url: 'mattermost.com' }));
    assert.equal(badUrl.message, 'Invalid URL. Must be a valid URL and start with http:// or https://.');
    await admin.deleteCommand(command.id);
  });

  it("runs a custom command: the command server gets Mattermost's fields and its in-channel answer is posted", async () => {
    const server = await startCommandServer();
    try {
      const command = await admin.addCommand({
        team_id: teamId,
        trigger: 'echoes',
        url: server.url,
        method: 'P',
        username: 'echo-bot',
      } as Command);
      const answer = await admin.executeCommand('/echoes hello there', {
        channel_id: townSquare,
        team_id: teamId,
      } as never);
      assert.equal(answer.response_type, 'in_channel');
      const fields = server.received[0];
      assert.equal(fields.get('text'), 'hello there');
      assert.equal(fields.get('token'), command.token);
      assert.equal(fields.get('command'), '/echoes');
      assert.equal(fields.get('user_name'), 'sysadmin');
      const posts = await admin.getPosts(townSquare);
      const post = posts.posts[posts.order[0]];
      assert.equal(post.message, 'echo: hello there');
      assert.equal(post.props.from_webhook, 'true');
    } finally {
      server.close();
    }
  });

  it("answers an unknown trigger with Mattermost's not-found error naming it", async () => {
    const error = await clientError(() =>
      user.executeCommand('/notacommand', { channel_id: townSquare, team_id: teamId } as never),
    );
    assert.equal(error.status_code, 404);
    assert.equal(error.message, "Command with a trigger of '/notacommand' not found.");
  });

  it('runs the built-in /me (type "me", text in asterisks) and /echo (the text, as the caller)', async () => {
    const channel = { channel_id: offTopic, team_id: teamId } as never;
    await user.executeCommand('/ME waves', channel);
    let posts = await user.getPosts(offTopic);
    let post = posts.posts[posts.order[0]];
    assert.equal(post.type, 'me');
    assert.equal(post.message, '*waves*');
    await user.executeCommand('/echo "said twice"', channel);
    posts = await user.getPosts(offTopic);
    post = posts.posts[posts.order[0]];
    assert.equal(post.message, 'said twice');
    assert.equal(post.user_id, (await user.getMe()).id);
    // command_echo.go answers a missing message with an ephemeral text, not an error status.
    const empty = await user.executeCommand('/echo', channel);
    assert.equal(empty.response_type, 'ephemeral');
    assert.equal(empty.text, 'A message must be provided with the /echo command.');
  });
});
