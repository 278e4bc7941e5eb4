import { newId } from '../../auth/ids';
import type { Db } from '../../db/database';

/** `@mattermost/types/channel_categories` ChannelCategoryType. */
export type CategoryType = 'favorites' | 'channels' | 'direct_messages' | 'custom';
/** CategorySorting: '' (default), 'alpha', 'recent', 'manual'. */
export type CategorySorting = '' | 'alpha' | 'recent' | 'manual';

/** A sidebar category in the shape of `@mattermost/types/channel_categories` ChannelCategory. */
export interface ChannelCategory {
  id: string;
  user_id: string;
  team_id: string;
  type: CategoryType;
  display_name: string;
  sorting: CategorySorting;
  channel_ids: string[];
  muted: boolean;
  collapsed: boolean;
}

interface CategoryRow {
  id: string;
  user_id: string;
  team_id: string;
  type: CategoryType;
  display_name: string;
  sorting: CategorySorting;
  channel_ids: string;
  muted: number;
  collapsed: number;
  sort_order: number;
}

export const SIDEBAR_SCHEMA = `
CREATE TABLE IF NOT EXISTS sidebar_categories (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  team_id TEXT NOT NULL,
  type TEXT NOT NULL,
  display_name TEXT NOT NULL,
  sorting TEXT NOT NULL DEFAULT '',
  channel_ids TEXT NOT NULL DEFAULT '[]',
  muted INTEGER NOT NULL DEFAULT 0,
  collapsed INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sidebar_categories_user_team ON sidebar_categories (user_id, team_id);`;

/** Mattermost names the three default categories of a user on a team `<type>_<user id>_<team id>`. */
const DEFAULTS: { type: CategoryType; display_name: string }[] = [
  { type: 'favorites', display_name: 'Favorites' },
  { type: 'channels', display_name: 'Channels' },
  { type: 'direct_messages', display_name: 'Direct Messages' },
];

/** What a channel is, for placing it: DMs and GMs go to Direct Messages, the rest to Channels. */
export interface MemberChannel {
  id: string;
  type: string;
}

/**
 * A user's sidebar categories on one team (Mattermost's SidebarCategories table). The store keeps the channel
 * ids of favorites and custom categories; Channels and Direct Messages hold the user's other channels, computed
 * on each read as the server does when it adds a channel to the default category, so joining or leaving a
 * channel needs no bookkeeping here.
 */
export class CategoryStore {
  constructor(private readonly db: Db) {}

  /** The categories in sidebar order, with the user's channels distributed among them. */
  list(userId: string, teamId: string, channels: MemberChannel[]): ChannelCategory[] {
    const rows = this.rows(userId, teamId);
    const member = new Set(channels.map((channel) => channel.id));
    const placed = new Set<string>();
    const categories = rows.map((row) => {
      const ids = (JSON.parse(row.channel_ids) as string[]).filter((id) => member.has(id) && !placed.has(id));
      for (const id of ids) placed.add(id);
      return present(row, ids);
    });
    const rest = channels.filter((channel) => !placed.has(channel.id));
    for (const category of categories) {
      if (category.type === 'channels')
        category.channel_ids = rest.filter((c) => !isDirect(c)).map((c) => c.id);
      if (category.type === 'direct_messages') category.channel_ids = rest.filter(isDirect).map((c) => c.id);
    }
    return categories;
  }

  byId(userId: string, teamId: string, id: string): CategoryRow | undefined {
    return this.rows(userId, teamId).find((row) => row.id === id);
  }

  /** A custom category, first in the sidebar as Mattermost places a new one; its channels leave other categories. */
  create(userId: string, teamId: string, displayName: string, channelIds: string[]): string {
    const id = newId();
    this.db.transaction(() => {
      this.takeChannels(userId, teamId, channelIds);
      this.db
        .prepare(
          'UPDATE sidebar_categories SET sort_order = sort_order + 10 WHERE user_id = ? AND team_id = ?',
        )
        .run(userId, teamId);
      this.db
        .prepare(
          `INSERT INTO sidebar_categories (id, user_id, team_id, type, display_name, channel_ids, sort_order)
           VALUES (?, ?, ?, 'custom', ?, ?, 0)`,
        )
        .run(id, userId, teamId, displayName, JSON.stringify(channelIds));
    })();
    return id;
  }

  update(userId: string, teamId: string, category: ChannelCategory): void {
    this.db.transaction(() => {
      if (category.type === 'favorites' || category.type === 'custom') {
        this.takeChannels(userId, teamId, category.channel_ids, category.id);
      }
      this.db
        .prepare(
          `UPDATE sidebar_categories SET display_name = ?, sorting = ?, channel_ids = ?, muted = ?, collapsed = ?
           WHERE id = ? AND user_id = ? AND team_id = ?`,
        )
        .run(
          category.display_name,
          category.sorting,
          JSON.stringify(
            category.type === 'favorites' || category.type === 'custom' ? category.channel_ids : [],
          ),
          category.muted ? 1 : 0,
          category.collapsed ? 1 : 0,
          category.id,
          userId,
          teamId,
        );
    })();
  }

  /** Deleting a custom category sends its channels back to Channels and Direct Messages (computed on read). */
  delete(userId: string, teamId: string, id: string): void {
    this.db
      .prepare('DELETE FROM sidebar_categories WHERE id = ? AND user_id = ? AND team_id = ?')
      .run(id, userId, teamId);
  }

  order(userId: string, teamId: string): string[] {
    return this.rows(userId, teamId).map((row) => row.id);
  }

  setOrder(userId: string, teamId: string, ids: string[]): void {
    const update = this.db.prepare(
      'UPDATE sidebar_categories SET sort_order = ? WHERE id = ? AND user_id = ? AND team_id = ?',
    );
    this.db.transaction(() => {
      for (const [index, id] of ids.entries()) update.run(index * 10, id, userId, teamId);
    })();
  }

  /** A channel lives in one category: moving it into one removes it from the favorites or custom one it was in. */
  private takeChannels(userId: string, teamId: string, channelIds: string[], except?: string): void {
    if (!channelIds.length) return;
    const moving = new Set(channelIds);
    const update = this.db.prepare('UPDATE sidebar_categories SET channel_ids = ? WHERE id = ?');
    for (const row of this.rows(userId, teamId)) {
      if (row.id === except) continue;
      const ids = JSON.parse(row.channel_ids) as string[];
      const kept = ids.filter((id) => !moving.has(id));
      if (kept.length !== ids.length) update.run(JSON.stringify(kept), row.id);
    }
  }

  private rows(userId: string, teamId: string): CategoryRow[] {
    this.ensureDefaults(userId, teamId);
    return this.db
      .prepare(
        'SELECT * FROM sidebar_categories WHERE user_id = ? AND team_id = ? ORDER BY sort_order, rowid',
      )
      .all(userId, teamId) as CategoryRow[];
  }

  private ensureDefaults(userId: string, teamId: string): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO sidebar_categories (id, user_id, team_id, type, display_name, sort_order)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const [index, category] of DEFAULTS.entries()) {
      insert.run(
        `${category.type}_${userId}_${teamId}`,
        userId,
        teamId,
        category.type,
        category.display_name,
        1000 + index * 10,
      );
    }
  }
}

const isDirect = (channel: MemberChannel) => channel.type === 'D' || channel.type === 'G';

function present(row: CategoryRow, channelIds: string[]): ChannelCategory {
  return {
    id: row.id,
    user_id: row.user_id,
    team_id: row.team_id,
    type: row.type,
    display_name: row.display_name,
    sorting: row.sorting,
    channel_ids: channelIds,
    muted: row.muted === 1,
    collapsed: row.collapsed === 1,
  };
}
