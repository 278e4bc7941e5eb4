import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { currentUser } from './someone';
import { lastTyping } from './suggestions';

/** Whether the list showed (or stayed closed) after the typing step, as the line wants; why not otherwise. */
export function autocompleteShowsProblem(world: CasebookWorld, wanted: boolean): string | undefined {
  const typing = lastTyping(world);
  const shown = typing.shown.length > 0;
  if (shown === wanted) return undefined;
  const typed = JSON.stringify(typing.prefix);
  return wanted
    ? `typing ${typed} opened no autocomplete list`
    : `typing ${typed} opened the autocomplete list: ${typing.shown.map((item) => item.text).join(' | ')}`;
}

interface Preference {
  category: string;
  name: string;
  value: string;
}

/**
 * Whether the list offered the current user with "(you)" after the name, their name shown as the teammate name
 * display preference (Settings > Display) gives it: username, "first last", or nickname.
 */
export async function youItemProblem(world: CasebookWorld, wanted: boolean): Promise<string | undefined> {
  const typing = lastTyping(world);
  const me = await currentUser(world);
  const item = typing.shown.find((shown) => shown.username === me.username);
  const offered = Boolean(item?.text.endsWith('(you)'));
  if (offered !== wanted) {
    const listed = typing.shown.map((shown) => shown.text).join(' | ') || 'no list';
    return `the autocomplete ${offered ? 'offered' : 'did not offer'} ${me.username} with "(you)" (shown: ${listed})`;
  }
  if (!wanted || !item) return undefined;
  const name = await displayName(world, me);
  if (!item.text.includes(name)) return `the item "${item.text}" does not show ${JSON.stringify(name)}`;
  return undefined;
}

/** The current user's name as their teammate name display preference shows it. */
async function displayName(
  world: CasebookWorld,
  me: { username: string; first_name: string; last_name: string; nickname: string },
): Promise<string> {
  const page = await world.appPage();
  const preferences = await apiGet<Preference[]>(page.context(), '/api/v4/users/me/preferences');
  const format = preferences.find(
    (p) => p.category === 'display_settings' && p.name === 'name_format',
  )?.value;
  const full = `${me.first_name} ${me.last_name}`.trim();
  if (format === 'full_name' && full) return full;
  if (format === 'nickname_full_name') return me.nickname || full || me.username;
  return `@${me.username}`;
}
