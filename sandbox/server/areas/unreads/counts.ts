import type { Db } from '../../db/database';

/** What a member has not read in a channel: Mattermost's ChannelMembership counters, computed on read. */
export interface UnreadCounts {
  last_viewed_at: number;
  /** Messages the member has read (Mattermost: channel total_msg_count minus the unread ones). */
  msg_count: number;
  mention_count: number;
}

interface UnreadPost {
  message: string;
}

interface MemberRow {
  channel_id: string;
  last_viewed_at: number;
  type: string;
  total_msg_count: number;
}

/**
 * Unread posts are other people's posts created after the member last viewed the channel; system messages
 * (joins, header changes) do not make a channel unread. Mentions are the unread posts naming the member
 * (`@username`, `@channel`, `@all`), and every unread post of a direct or group message, as Mattermost counts them.
 */
export class UnreadStore {
  constructor(private readonly db: Db) {}

  /** The member's counters for each channel of theirs on `teamId` (direct and group messages included). */
  forTeam(userId: string, username: string, teamId: string): Map<string, UnreadCounts> {
    const rows = this.db
      .prepare(
        `SELECT m.channel_id, m.last_viewed_at, c.type, c.total_msg_count FROM channel_members m
         JOIN channels c ON c.id = m.channel_id
         WHERE m.user_id = ? AND (c.team_id = ? OR c.type IN ('D', 'G'))`,
      )
      .all(userId, teamId) as MemberRow[];
    return new Map(rows.map((row) => [row.channel_id, this.countsOf(row, userId, username)]));
  }

  /** The member's counters in one channel, or undefined when they are not a member. */
  forChannel(userId: string, username: string, channelId: string): UnreadCounts | undefined {
    const row = this.db
      .prepare(
        `SELECT m.channel_id, m.last_viewed_at, c.type, c.total_msg_count FROM channel_members m
         JOIN channels c ON c.id = m.channel_id WHERE m.user_id = ? AND m.channel_id = ?`,
      )
      .get(userId, channelId) as MemberRow | undefined;
    return row && this.countsOf(row, userId, username);
  }

  /** Marks the channel read up to `at` (viewing it), or unread from a post on (`at` just before it). */
  setLastViewed(userId: string, channelId: string, at: number): void {
    this.db
      .prepare('UPDATE channel_members SET last_viewed_at = ? WHERE user_id = ? AND channel_id = ?')
      .run(at, userId, channelId);
  }

  private countsOf(row: MemberRow, userId: string, username: string): UnreadCounts {
    const unread = this.db
      .prepare(
        `SELECT message FROM posts WHERE channel_id = ? AND create_at > ? AND user_id != ?
         AND delete_at = 0 AND type NOT LIKE 'system_%'`,
      )
      .all(row.channel_id, row.last_viewed_at, userId) as UnreadPost[];
    const direct = row.type === 'D' || row.type === 'G';
    const mentioned = direct
      ? unread.length
      : unread.filter((post) => mentions(post.message, username)).length;
    return {
      last_viewed_at: row.last_viewed_at,
      msg_count: Math.max(0, row.total_msg_count - unread.length),
      mention_count: mentioned,
    };
  }
}

/** Whether a message mentions `username`: `@username` (a trailing period allowed), `@channel` or `@all`. */
export function mentions(message: string, username: string): boolean {
  const name = username.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\w@.-])@(?:${name}|channel|all)(?![\\w-]|\\.[\\w])`, 'i').test(message);
}
