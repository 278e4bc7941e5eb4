import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Team } from '@mattermost/types/teams';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

describe('sidebar categories with Client4', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let team: Team;
  let user1Id: string;

  before(async () => {
    sandbox = await startTestSandbox();
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    [team] = await user1.getMyTeams();
    user1Id = (await user1.getMe()).id;
  });
  after(() => sandbox.close());

  it('lists Favorites, Channels and Direct Messages with every channel in Channels', async () => {
    const { categories, order } = await user1.getChannelCategories(user1Id, team.id);
    assert.deepEqual(
      categories.map((c) => c.type),
      ['favorites', 'channels', 'direct_messages'],
    );
    assert.deepEqual(
      order,
      categories.map((c) => c.id),
    );
    assert.equal(categories[1].id, `channels_${user1Id}_${team.id}`);
    const mine = await user1.getMyChannels(team.id);
    const town = mine.find((c) => c.name === 'town-square');
    assert.ok(town && categories[1].channel_ids.includes(town.id));
  });

  it('creates a custom category on top, takes its channels, renames it and gives them back on delete', async () => {
    const town = await user1.getChannelByName(team.id, 'town-square');
    const made = await user1.createChannelCategory(user1Id, team.id, {
      display_name: 'Projects',
      channel_ids: [town.id],
    } as never);
    assert.equal(made.type, 'custom');
    let { categories } = await user1.getChannelCategories(user1Id, team.id);
    assert.equal(categories[0].id, made.id);
    assert.ok(!categories.find((c) => c.type === 'channels')?.channel_ids.includes(town.id));
    await user1.updateChannelCategory(user1Id, team.id, { ...made, display_name: 'Renamed' });
    ({ categories } = await user1.getChannelCategories(user1Id, team.id));
    assert.equal(categories[0].display_name, 'Renamed');
    await user1.deleteChannelCategory(user1Id, team.id, made.id);
    ({ categories } = await user1.getChannelCategories(user1Id, team.id));
    assert.ok(!categories.some((c) => c.id === made.id));
    assert.ok(categories.find((c) => c.type === 'channels')?.channel_ids.includes(town.id));
  });

  it('refuses deleting a default category, other users’ categories and names over 22 characters', async () => {
    const { categories } = await user1.getChannelCategories(user1Id, team.id);
    const channels = categories.find((c) => c.type === 'channels');
    assert.ok(channels);
    assert.equal(
      (await clientError(() => user1.deleteChannelCategory(user1Id, team.id, channels.id))).status_code,
      400,
    );
    assert.equal((await clientError(() => user2.getChannelCategories(user1Id, team.id))).status_code, 403);
    const tooLong = () =>
      user1.createChannelCategory(user1Id, team.id, { display_name: 'x'.repeat(23) } as never);
    assert.equal((await clientError(tooLong)).status_code, 400);
  });
});
