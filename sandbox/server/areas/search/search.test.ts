import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';
import { dayStart } from './matches';
import { parseSearchTerms } from './query';

describe('search terms', () => {
  it('splits words, phrases, prefixes, hashtags, exclusions and modifiers', () => {
    const query = parseSearchTerms(
      'Hello "big World" hell* #Tag -no -"not this" from:@user-1 in:~town-square on:2024-1-5',
    );
    assert.deepEqual(query.words, ['hello', 'hell*']);
    assert.deepEqual(query.phrases, ['big world']);
    assert.deepEqual(query.hashtags, ['#tag']);
    assert.deepEqual(query.excludedWords, ['no']);
    assert.deepEqual(query.excludedPhrases, ['not this']);
    assert.deepEqual(query.fromUsers, ['user-1']);
    assert.deepEqual(query.inChannels, ['town-square']);
    assert.deepEqual(query.on, ['2024-1-5']);
    assert.deepEqual(parseSearchTerms('-in:off-topic -before:2024-01-05').excludedInChannels, ['off-topic']);
  });

  it('reads dates with or without leading zeros in the caller time zone', () => {
    assert.equal(dayStart('2018-9-4', 0), Date.UTC(2018, 8, 4));
    assert.equal(dayStart('2018-09-04', 3600), Date.UTC(2018, 8, 4) - 3_600_000);
    assert.ok(Number.isNaN(dayStart('yesterday', 0)));
  });
});

describe('POST /teams/{team_id}/posts/search with Client4', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let team: Team;
  const ids: Record<string, string> = {};

  const search = (client: Client4, terms: string, extra = {}) =>
    client.searchPostsWithParams(team.id, { terms, is_or_search: false, page: 0, per_page: 20, ...extra });
  const found = async (client: Client4, terms: string, extra = {}) =>
    (await search(client, terms, extra)).order.map(
      (id) => Object.keys(ids).find((key) => ids[key] === id) ?? id,
    );

  before(async () => {
    sandbox = await startTestSandbox();
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
    const town = await user1.getChannelByName(team.id, 'town-square');
    const offTopic = await user1.getChannelByName(team.id, 'off-topic');
    const secret = await user1.getChannelByName(team.id, 'qa-private');
    const post = async (client: Client4, key: string, channelId: string, message: string) => {
      ids[key] = (await client.createPost({ channel_id: channelId, message } as never)).id;
    };
    await post(user1, 'hello', town.id, 'hello');
    await post(user1, 'world', town.id, 'world');
    await post(user1, 'worldHello', town.id, 'world hello');
    await post(user1, 'whole', town.id, 'hello to the whole world');
    await post(user2, 'fromTwo', offTopic.id, 'fromuser');
    await post(user1, 'fromOne', town.id, 'fromuser #verify');
    await post(user1, 'secret', secret.id, 'fromuser in private');
    await post(user1, 'tags', town.id, 'both #highlight and #highlight.dot');
  });
  after(() => sandbox.close());

  it('needs every word, matches whole words, prefixes and exact phrases, newest first', async () => {
    assert.deepEqual(await found(user1, 'hello world'), ['whole', 'worldHello']);
    assert.deepEqual(await found(user1, '"hello world"'), []);
    assert.deepEqual(await found(user1, '"world hello"'), ['worldHello']);
    assert.deepEqual(await found(user1, 'hell'), []);
    assert.deepEqual(await found(user1, 'hell*'), ['whole', 'worldHello', 'hello']);
    assert.deepEqual(await found(user1, 'hello -world'), ['hello']);
  });

  it('finds hashtags only as hashtags', async () => {
    assert.deepEqual(await found(user1, '#highlight'), ['tags']);
    assert.deepEqual(await found(user1, '#verify'), ['fromOne']);
    assert.deepEqual(await found(user1, '#hello'), []);
  });

  it('filters by from:, in: and their negations, and by dates', async () => {
    assert.deepEqual(await found(user1, 'fromuser from:user-1'), ['secret', 'fromOne']);
    assert.deepEqual(await found(user1, 'fromuser in:town-square'), ['fromOne']);
    assert.deepEqual(await found(user1, 'fromuser -in:town-square'), ['secret', 'fromTwo']);
    const today = new Date();
    const date = `${today.getUTCFullYear()}-${today.getUTCMonth() + 1}-${today.getUTCDate()}`;
    assert.deepEqual(await found(user1, `fromuser on:${date} from:user-2`), ['fromTwo']);
    assert.deepEqual(await found(user1, `fromuser -on:${date}`), []);
    assert.deepEqual(await found(user1, `fromuser before:${date}`), []);
    assert.deepEqual(await found(user1, `fromuser after:${date}`), []);
  });

  it('answers the PostList shape with matches, and nothing for an empty query', async () => {
    const list = await search(user1, 'hello');
    assert.equal(list.posts[list.order[0]].message, 'hello to the whole world');
    assert.deepEqual((list as unknown as { matches: Record<string, string[]> }).matches[list.order[0]], [
      'hello',
    ]);
    assert.deepEqual((await search(user1, '   ')).order, []);
  });

  it('never returns posts of channels the caller is not a member of', async () => {
    assert.deepEqual(await found(user2, 'fromuser'), ['fromOne', 'fromTwo']);
    assert.deepEqual(await found(user2, 'private'), []);
  });

  it('finds posts of the caller’s direct messages, which belong to no team, and only the caller’s', async () => {
    const me = await user1.getMe();
    const other = await user2.getMe();
    const dm = await user2.createDirectChannel([other.id, me.id]);
    ids.inDm = (await user2.createPost({ channel_id: dm.id, message: 'teamless dmword' } as never)).id;
    assert.deepEqual(await found(user1, 'dmword'), ['inDm']);
    const admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    assert.deepEqual(await found(admin, 'dmword'), []);
  });

  it('refuses a team the caller is not in, bad bodies, and anonymous callers', async () => {
    const missing = await clientError(() =>
      user1.searchPostsWithParams('a'.repeat(26), { terms: 'x', is_or_search: false, page: 0, per_page: 5 }),
    );
    assert.equal(missing.status_code, 404);
    const response = await fetch(`${sandbox.url}/api/v4/teams/${team.id}/posts/search`, {
      method: 'POST',
      body: JSON.stringify({ terms: 'hello' }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(response.status, 401);
    const bad = await fetch(`${sandbox.url}/api/v4/teams/${team.id}/posts/search`, {
      method: 'POST',
      body: JSON.stringify({ terms: 5 }),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${user1.getToken()}` },
    });
    assert.equal(bad.status, 400);
  });
});
