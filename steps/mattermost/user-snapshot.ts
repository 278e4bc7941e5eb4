import type { Credentials } from '../../support/config';
import type { CasebookWorld } from '../../support/world';
import type { UserClient } from './other-user';
import { asUser } from './other-user';

/**
 * The profile fields cases change through the UI (username and email are the login: their steps restore them).
 * The locale too: a language case whose twin lost its "change back to English" step left the account in another
 * language, and every later case that clicks an English label on it timed out.
 */
const PROFILE = ['first_name', 'last_name', 'nickname', 'position', 'notify_props', 'locale'] as const;

interface Preference {
  user_id: string;
  category: string;
  name: string;
  value: string;
}

/** What a test account looked like before a scenario changed it (steps/mattermost/user-state.ts). */
export interface UserState {
  id: string;
  profile: Record<string, unknown>;
  preferences: Preference[];
  /** online, away, dnd or offline (/away, the status menu); undefined when the server did not say. */
  status?: string;
}

export async function readState(client: UserClient): Promise<UserState> {
  const me = await client.get<Record<string, unknown> & { id: string }>('/api/v4/users/me');
  const profile = Object.fromEntries(PROFILE.map((field) => [field, me[field]]));
  const preferences = await client.get<Preference[]>('/api/v4/users/me/preferences');
  const status = await client
    .get<{ status: string }>('/api/v4/users/me/status')
    .then((found) => found.status)
    .catch(() => undefined);
  return { id: me.id, profile, preferences, status };
}

/** Puts the account back to `before`: the profile fields, the preferences and the status that differ. */
export async function restoreState(
  world: CasebookWorld,
  baseUrl: string,
  user: Credentials,
  before: UserState,
): Promise<void> {
  await asUser(baseUrl, user, async (client) => {
    const now = await readState(client);
    const changed = PROFILE.filter(
      (f) => JSON.stringify(now.profile[f]) !== JSON.stringify(before.profile[f]),
    );
    if (changed.length) {
      world.log(`${user.username}: restoring ${changed.join(', ')}`);
      const patch = Object.fromEntries(changed.map((f) => [f, before.profile[f]]));
      await client.send('PUT', `/api/v4/users/${before.id}/patch`, patch);
    }
    const { put, removed } = preferenceChanges(before.preferences, now.preferences);
    if (put.length) await client.send('PUT', `/api/v4/users/${before.id}/preferences`, put);
    if (removed.length) await client.send('POST', `/api/v4/users/${before.id}/preferences/delete`, removed);
    if (before.status && now.status !== before.status) {
      world.log(`${user.username}: restoring status ${before.status}`);
      await client.send('PUT', `/api/v4/users/${before.id}/status`, {
        user_id: before.id,
        status: before.status,
      });
    }
  });
}

/** What puts `now` back to `before`: values to write (changed or deleted since) and preferences to delete (new). */
export function preferenceChanges(
  before: readonly Preference[],
  now: readonly Preference[],
): { put: Preference[]; removed: Preference[] } {
  const keyOf = (p: Preference) => `${p.category}\u0000${p.name}`;
  const current = new Map(now.map((p) => [keyOf(p), p]));
  const original = new Map(before.map((p) => [keyOf(p), p]));
  return {
    put: before.filter((p) => current.get(keyOf(p))?.value !== p.value),
    removed: now.filter((p) => !original.has(keyOf(p))),
  };
}
