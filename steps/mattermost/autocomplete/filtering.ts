import { matchesMention } from '../../../sandbox/server/areas/autocomplete/matches';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import type { Person } from './someone';
import { lastTyping, type MentionTyping } from './suggestions';

/** The profile fields a line may say the list filtered on, by the words testers use. */
export function fieldNamed(words: string): string {
  const field = words
    .toLowerCase()
    .replace(/\s+field$/, '')
    .replace(/\s+address$/, '')
    .trim();
  if (/^(user\s*name|username|nickname|first\s+name|last\s+name|email|full\s+name)$/.test(field)) {
    return field.replace(/\s+/g, ' ').replace('user name', 'username');
  }
  throw new Error(`"${words}" is not a profile field the @-mention autocomplete filters on`);
}

/** The value of `field` in a profile ("last name" → last_name). */
export function fieldValue(person: Person, field: string): string {
  const key = {
    username: 'username',
    nickname: 'nickname',
    'first name': 'first_name',
    'last name': 'last_name',
    email: 'email',
  }[field];
  if (!key) throw new Error(`no "${field}" on a profile`);
  return person[key as keyof Person];
}

/**
 * Whether the list that showed after typing was the one Mattermost shows: the person whose `field` was typed is
 * offered, and every user offered matches the typed prefix by username, names or nickname (at_mention_provider's
 * rules; @here/@channel/@all by their own name). Returns why not, or undefined when it was.
 */
export async function filteringProblem(world: CasebookWorld, field: string): Promise<string | undefined> {
  const typing = lastTyping(world);
  if (typing.field !== field) {
    throw new Error(
      `the last mention typed was by ${typing.field}, not by ${field}: the line does not fit the scenario`,
    );
  }
  const shown = typing.shown.map((item) => item.username);
  if (!shown.includes(typing.username)) {
    return `typing "@${typing.prefix}" did not offer ${typing.username} (offered: ${shown.join(', ') || 'nothing'})`;
  }
  const strays = await unmatched(world, typing);
  if (strays.length)
    return `typing "@${typing.prefix}" also offered ${strays.join(', ')}, who do not match it`;
  return undefined;
}

async function unmatched(world: CasebookWorld, typing: MentionTyping): Promise<string[]> {
  const page = await world.appPage();
  const strays: string[] = [];
  for (const { username } of typing.shown) {
    if (['here', 'channel', 'all'].includes(username)) {
      if (!username.startsWith(typing.prefix.toLowerCase())) strays.push(`@${username}`);
      continue;
    }
    const profile = await apiGet<Person>(
      page.context(),
      `/api/v4/users/username/${encodeURIComponent(username)}`,
    );
    if (!matchesMention(profile, typing.prefix)) strays.push(username);
  }
  return strays;
}
