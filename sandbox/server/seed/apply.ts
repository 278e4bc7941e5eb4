import { hashPassword, type ScryptParams } from '../auth/password';
import type { Stores } from '../db/stores';
import type { Seed, SeedChannel } from './schema';

/** Writes a validated seed into an empty database. */
export async function applySeed(stores: Stores, seed: Seed, scrypt?: ScryptParams): Promise<void> {
  const hashes = await Promise.all(seed.users.map((user) => hashPassword(user.password, scrypt)));
  const seedAll = stores.db.transaction(() => {
    const userIds = new Map<string, string>();
    seed.users.forEach(({ password: _password, ...user }, index) => {
      userIds.set(user.username, stores.users.create({ ...user, password_hash: hashes[index] }).id);
    });
    for (const team of seed.teams) {
      const teamRow = stores.teams.create(team);
      for (const name of team.members) stores.teams.addMember(teamRow.id, userIds.get(name)!);
      for (const channel of team.channels) seedChannel(stores, teamRow.id, channel, team.members, userIds);
    }
  });
  seedAll();
}

function seedChannel(
  stores: Stores,
  teamId: string,
  channel: SeedChannel,
  teamMembers: string[],
  userIds: Map<string, string>,
): void {
  const { members, posts, ...fields } = channel;
  const row = stores.channels.create({ ...fields, team_id: teamId });
  for (const name of members ?? teamMembers) stores.channels.addMember(row.id, userIds.get(name)!);
  for (const post of posts) {
    const created = stores.posts.create({
      channel_id: row.id,
      user_id: userIds.get(post.user)!,
      message: post.message,
    });
    stores.channels.recordPost(row.id, created.create_at);
  }
}
