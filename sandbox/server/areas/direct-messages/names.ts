import { createHash } from 'node:crypto';

/** Mattermost's GetDMNameFromIds: the two user ids, sorted, joined by "__" (a self-DM repeats the id). */
export function directChannelName(userA: string, userB: string): string {
  return [userA, userB].sort().join('__');
}

/** Mattermost's GetGroupNameFromUserIds: the sha1 of the sorted user ids, in hex. */
export function groupChannelName(userIds: string[]): string {
  return createHash('sha1')
    .update([...userIds].sort().join(''))
    .digest('hex');
}

/** Mattermost's GetGroupDisplayNameFromUsers: the members' usernames, sorted, joined by ", ". */
export function groupDisplayName(usernames: string[]): string {
  return [...usernames].sort().join(', ');
}
