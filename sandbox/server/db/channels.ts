import { newId } from '../auth/ids';
import type { Db } from './database';

export interface ChannelRow {
  id: string;
  team_id: string;
  name: string;
  display_name: string;
  /** Open (public), Private, Direct message (two users, no team), Group message (3-8 users, no team). */
  type: 'O' | 'P' | 'D' | 'G';
  header: string;
  purpose: string;
  creator_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  last_post_at: number;
  total_msg_count: number;
}

export type NewChannel = Pick<ChannelRow, 'team_id' | 'name' | 'display_name' | 'type'> &
  Partial<Pick<ChannelRow, 'header' | 'purpose' | 'creator_id'>>;

export class ChannelStore {
  constructor(private readonly db: Db) {}

  create(channel: NewChannel): ChannelRow {
    const now = Date.now();
    const row: ChannelRow = {
      header: '',
      purpose: '',
      creator_id: '',
      ...channel,
      id: newId(),
      create_at: now,
      update_at: now,
      delete_at: 0,
      last_post_at: now,
      total_msg_count: 0,
    };
    this.db
      .prepare(
        `INSERT INTO channels (id, team_id, name, display_name, type, header, purpose, creator_id, create_at,
           update_at, delete_at, last_post_at, total_msg_count)
         VALUES (@id, @team_id, @name, @display_name, @type, @header, @purpose, @creator_id, @create_at,
           @update_at, @delete_at, @last_post_at, @total_msg_count)`,
      )
      .run(row);
    return row;
  }

  addMember(channelId: string, userId: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO channel_members (channel_id, user_id) VALUES (?, ?)')
      .run(channelId, userId);
  }

  byId(id: string): ChannelRow | undefined {
    return this.db.prepare('SELECT * FROM channels WHERE id = ?').get(id) as ChannelRow | undefined;
  }

  byName(teamId: string, name: string): ChannelRow | undefined {
    return this.db.prepare('SELECT * FROM channels WHERE team_id = ? AND name = ?').get(teamId, name) as
      | ChannelRow
      | undefined;
  }

  /**
   * Channels of a team the user belongs to, like Mattermost's "my channels" (archived ones on request), with the
   * user's direct and group messages, which belong to no team and so show on every team.
   */
  forMember(teamId: string, userId: string, includeArchived = false): ChannelRow[] {
    return this.db
      .prepare(
        `SELECT c.* FROM channels c JOIN channel_members m ON m.channel_id = c.id
         WHERE (c.team_id = ? OR c.team_id = '') AND m.user_id = ? AND (? OR c.delete_at = 0) ORDER BY c.display_name`,
      )
      .all(teamId, userId, includeArchived ? 1 : 0) as ChannelRow[];
  }

  removeMember(channelId: string, userId: string): void {
    this.db
      .prepare('DELETE FROM channel_members WHERE channel_id = ? AND user_id = ?')
      .run(channelId, userId);
  }

  /** Unarchives a channel (Mattermost's restore). */
  restore(channelId: string): void {
    this.db
      .prepare('UPDATE channels SET delete_at = 0, update_at = ? WHERE id = ?')
      .run(Date.now(), channelId);
  }

  patch(channelId: string, patch: Partial<Pick<ChannelRow, 'display_name' | 'header' | 'purpose'>>): void {
    const row = this.byId(channelId);
    if (!row) return;
    const next = { ...row, ...patch, update_at: Date.now() };
    this.db
      .prepare('UPDATE channels SET display_name = ?, header = ?, purpose = ?, update_at = ? WHERE id = ?')
      .run(next.display_name, next.header, next.purpose, next.update_at, channelId);
  }

  /** Makes a channel public ('O') or private ('P') (Mattermost's privacy update). */
  setPrivacy(channelId: string, type: 'O' | 'P'): void {
    this.db
      .prepare('UPDATE channels SET type = ?, update_at = ? WHERE id = ?')
      .run(type, Date.now(), channelId);
  }

  isMember(channelId: string, userId: string): boolean {
    const sql = 'SELECT 1 FROM channel_members WHERE channel_id = ? AND user_id = ?';
    return this.db.prepare(sql).get(channelId, userId) !== undefined;
  }

  memberIds(channelId: string): string[] {
    const rows = this.db.prepare('SELECT user_id FROM channel_members WHERE channel_id = ?').all(channelId);
    return (rows as Array<{ user_id: string }>).map((row) => row.user_id);
  }

  /** Archives a channel (Mattermost's "delete" keeps it, with its posts, as archived). */
  archive(channelId: string): void {
    const now = Date.now();
    this.db.prepare('UPDATE channels SET delete_at = ?, update_at = ? WHERE id = ?').run(now, now, channelId);
  }

  recordPost(channelId: string, at: number): void {
    this.db
      .prepare('UPDATE channels SET last_post_at = ?, total_msg_count = total_msg_count + 1 WHERE id = ?')
      .run(at, channelId);
  }
}
