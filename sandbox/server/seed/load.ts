import { readFileSync } from 'node:fs';
import { fieldPath } from '../validation';
import { type Seed, seedSchema } from './schema';

/** A seed file that cannot be used; the message names the file and the field. */
export class SeedError extends Error {}

export function loadSeed(file: string): Seed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SeedError(
      `seed file ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`seed file ${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = seedSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SeedError(
      `seed file ${file}: ${issue.path.length > 0 ? fieldPath('', issue.path) : '(top level)'}: ${issue.message}`,
    );
  }
  checkReferences(file, result.data);
  return result.data;
}

/** Every username a team, channel or post mentions must be a seeded user (and a team member). */
function checkReferences(file: string, seed: Seed): void {
  const users = new Set(seed.users.map((user) => user.username));
  const fail = (where: string, message: string) => {
    throw new SeedError(`seed file ${file}: ${where}: ${message}`);
  };
  seed.teams.forEach((team, t) => {
    const members = new Set(team.members);
    team.members.forEach((name, m) => {
      if (!users.has(name)) fail(`teams[${t}].members[${m}]`, `unknown user "${name}"`);
    });
    team.channels.forEach((channel, c) => {
      const where = `teams[${t}].channels[${c}]`;
      if (channel.type === 'P' && !channel.members)
        fail(`${where}.members`, 'a private channel must list its members');
      channel.members?.forEach((name, m) => {
        if (!members.has(name))
          fail(`${where}.members[${m}]`, `"${name}" is not a member of team "${team.name}"`);
      });
      channel.posts.forEach((post, p) => {
        if (!members.has(post.user))
          fail(`${where}.posts[${p}].user`, `"${post.user}" is not a member of the team`);
      });
    });
  });
}
