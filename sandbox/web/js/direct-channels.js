import { api } from './api.js';

/** Direct (D) and group (G) messages: channels of no team, shown by who is in them. */
export const isDirectOrGroup = (channel) => channel.type === 'D' || channel.type === 'G';

/**
 * Mattermost stores no display name for a DM: the web app shows the other user's name (Teammate Name Display,
 * username by default), and "<username> (you)" for the DM with oneself. Gives each DM its `display_name` and its
 * `teammate` (the other user's profile), as the web app's getChannelDisplayName/getDirectTeammate do.
 */
export async function nameDirectChannels(channels, me) {
  const direct = channels.filter((channel) => channel.type === 'D');
  const teammateIds = [...new Set(direct.map((channel) => teammateId(channel, me)))];
  const profiles = teammateIds.length ? await api('POST', '/users/ids', teammateIds) : [];
  const byId = new Map(profiles.map((user) => [user.id, user]));
  for (const channel of direct) {
    const teammate = byId.get(teammateId(channel, me)) ?? me;
    channel.teammate = teammate;
    channel.display_name = teammate.id === me.id ? `${me.username} (you)` : teammate.username;
  }
  return channels;
}

function teammateId(channel, me) {
  const [first, second] = channel.name.split('__');
  return first === me.id ? second : first;
}

/** A channel's URL: `/<team>/messages/@<username>` for a DM, `/<team>/messages/<name>` for a GM. */
export function channelPath(team, channel) {
  if (channel.type === 'D') return `/${team.name}/messages/@${channel.teammate.username}`;
  if (channel.type === 'G') return `/${team.name}/messages/${channel.name}`;
  return `/${team.name}/channels/${channel.name}`;
}

/**
 * The channel a `/<team>/messages/<who>` URL means: `@username` opens (making it if needed, as Mattermost does)
 * the DM with that user; anything else is a GM's name among the user's channels.
 */
export async function directChannelAt(who, me, channels) {
  if (!who.startsWith('@')) return channels.find((channel) => channel.type === 'G' && channel.name === who);
  const user = await api('GET', `/users/username/${encodeURIComponent(who.slice(1))}`).catch(() => null);
  if (!user) return undefined;
  const made = await api('POST', '/channels/direct', [me.id, user.id]);
  return channels.find((channel) => channel.id === made.id) ?? made;
}
