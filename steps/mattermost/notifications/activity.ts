import type { CasebookWorld } from '../../../support/world';
import { apiGet, type UserInfo } from '../api';
import { asUser } from '../other-user';

/**
 * The kinds of activity "Send desktop notifications" is about (Mattermost's levels: all activity, only mentions
 * and direct messages, never), each made by the other test user so that a notification can be waited for.
 */
export type Activity = 'mention' | 'direct message' | 'regular message';

interface Named {
  id: string;
  name: string;
}

/** The activities a phrase names: "mentions of your name and when direct messages are sent to you", "all activity". */
export function activitiesIn(phrase: string): Activity[] {
  if (/\ball\s+activity\b/i.test(phrase)) return ['regular message', 'mention', 'direct message'];
  const found: Activity[] = [];
  if (/mention/i.test(phrase)) found.push('mention');
  if (/direct\s+messages?|\bDMs?\b/i.test(phrase)) found.push('direct message');
  if (/regular\s+messages?|other\s+messages?|messages?\s+without\s+(?:a\s+)?mention/i.test(phrase))
    found.push('regular message');
  return found;
}

let made = 0;

/**
 * The other test user makes `activity` for the logged-in one: a post in a public channel both share that the
 * page is not viewing (Mattermost never notifies about the channel being viewed), or a direct message. Answers
 * the message's text, unique to this call.
 */
export async function makeActivity(world: CasebookWorld, activity: Activity): Promise<string> {
  const session = await world.session();
  const page = await world.appPage();
  const me = await apiGet<UserInfo>(session.context, '/api/v4/users/me');
  const viewing = new URL(page.url()).pathname.split('/').pop();
  const message = `casebook ${activity} ${++made} at ${Date.now()}`;
  await asUser(world.config.baseUrl, world.credentials('other'), async (client) => {
    const other = await client.get<UserInfo>('/api/v4/users/me');
    if (activity === 'direct message') {
      const dm = await client.send<Named>('POST', '/api/v4/channels/direct', [other.id, me.id]);
      await client.send('POST', '/api/v4/posts', { channel_id: dm.id, message });
      return;
    }
    const [team] = await client.get<Named[]>('/api/v4/users/me/teams');
    const name = viewing === 'off-topic' ? 'town-square' : 'off-topic';
    const channel = await client.get<Named>(`/api/v4/teams/${team.id}/channels/name/${name}`);
    const text = activity === 'mention' ? `@${me.username} ${message}` : message;
    await client.send('POST', '/api/v4/posts', { channel_id: channel.id, message: text });
  });
  return message;
}
