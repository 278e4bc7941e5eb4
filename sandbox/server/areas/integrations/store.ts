import { newId } from '../../auth/ids';
import type { Db } from '../../db/database';

/**
 * The integrations' tables: incoming webhooks, outgoing webhooks and custom slash commands, with Mattermost's
 * columns (model.IncomingWebhook, model.OutgoingWebhook, model.Command). Deleting sets delete_at, as Mattermost does.
 */
export const INTEGRATIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS incoming_webhooks (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, channel_id TEXT NOT NULL, team_id TEXT NOT NULL,
  display_name TEXT NOT NULL, description TEXT NOT NULL, username TEXT NOT NULL, icon_url TEXT NOT NULL,
  channel_locked INTEGER NOT NULL, create_at INTEGER NOT NULL, update_at INTEGER NOT NULL,
  delete_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS outgoing_webhooks (
  id TEXT PRIMARY KEY, token TEXT NOT NULL, creator_id TEXT NOT NULL, channel_id TEXT NOT NULL,
  team_id TEXT NOT NULL, trigger_words TEXT NOT NULL, trigger_when INTEGER NOT NULL, callback_urls TEXT NOT NULL,
  display_name TEXT NOT NULL, description TEXT NOT NULL, content_type TEXT NOT NULL, username TEXT NOT NULL,
  icon_url TEXT NOT NULL, create_at INTEGER NOT NULL, update_at INTEGER NOT NULL, delete_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS commands (
  id TEXT PRIMARY KEY, token TEXT NOT NULL, creator_id TEXT NOT NULL, team_id TEXT NOT NULL, trigger TEXT NOT NULL,
  method TEXT NOT NULL, username TEXT NOT NULL, icon_url TEXT NOT NULL, auto_complete INTEGER NOT NULL,
  auto_complete_desc TEXT NOT NULL, auto_complete_hint TEXT NOT NULL, display_name TEXT NOT NULL,
  description TEXT NOT NULL, url TEXT NOT NULL, create_at INTEGER NOT NULL, update_at INTEGER NOT NULL,
  delete_at INTEGER NOT NULL DEFAULT 0
);`;

export interface IncomingWebhookRow {
  id: string;
  user_id: string;
  channel_id: string;
  team_id: string;
  display_name: string;
  description: string;
  username: string;
  icon_url: string;
  channel_locked: boolean;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface OutgoingWebhookRow {
  id: string;
  token: string;
  creator_id: string;
  channel_id: string;
  team_id: string;
  trigger_words: string[];
  /** 0: the first word is a trigger word; 1: the message starts with one. */
  trigger_when: number;
  callback_urls: string[];
  display_name: string;
  description: string;
  content_type: string;
  username: string;
  icon_url: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface CommandRow {
  id: string;
  token: string;
  creator_id: string;
  team_id: string;
  trigger: string;
  /** 'P' (POST) or 'G' (GET). */
  method: string;
  username: string;
  icon_url: string;
  auto_complete: boolean;
  auto_complete_desc: string;
  auto_complete_hint: string;
  display_name: string;
  description: string;
  url: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

type Stored<T> = { [K in keyof T]: T[K] extends boolean ? number : T[K] extends string[] ? string : T[K] };

/** One table of rows with an id, soft-deleted; booleans and lists are stored as SQLite can hold them. */
class Table<T extends { id: string; team_id: string; delete_at: number }> {
  constructor(
    private readonly db: Db,
    private readonly name: string,
    private readonly booleans: (keyof T)[],
    private readonly lists: (keyof T)[],
  ) {}

  insert(row: T): T {
    const columns = Object.keys(row);
    this.db
      .prepare(
        `INSERT INTO ${this.name} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      .run(this.toStored(row));
    return this.byId(row.id) as T;
  }

  update(row: T): T {
    const columns = Object.keys(row).filter((c) => c !== 'id');
    this.db
      .prepare(`UPDATE ${this.name} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`)
      .run(this.toStored(row));
    return this.byId(row.id) as T;
  }

  /** A live row (deleted ones are gone for every reader, as in Mattermost). */
  byId(id: string): T | undefined {
    const row = this.db.prepare(`SELECT * FROM ${this.name} WHERE id = ? AND delete_at = 0`).get(id);
    return row ? this.fromStored(row as Stored<T>) : undefined;
  }

  forTeam(teamId: string): T[] {
    return (
      this.db
        .prepare(`SELECT * FROM ${this.name} WHERE team_id = ? AND delete_at = 0 ORDER BY create_at`)
        .all(teamId) as Stored<T>[]
    ).map((row) => this.fromStored(row));
  }

  all(): T[] {
    return (
      this.db
        .prepare(`SELECT * FROM ${this.name} WHERE delete_at = 0 ORDER BY create_at`)
        .all() as Stored<T>[]
    ).map((row) => this.fromStored(row));
  }

  remove(id: string): void {
    const now = Date.now();
    this.db.prepare(`UPDATE ${this.name} SET delete_at = ?, update_at = ? WHERE id = ?`).run(now, now, id);
  }

  private toStored(row: T): Record<string, unknown> {
    const stored: Record<string, unknown> = { ...row };
    for (const key of this.booleans) stored[key as string] = row[key] ? 1 : 0;
    for (const key of this.lists) stored[key as string] = JSON.stringify(row[key]);
    return stored;
  }

  private fromStored(stored: Stored<T>): T {
    const row: Record<string, unknown> = { ...stored };
    for (const key of this.booleans) row[key as string] = stored[key] === 1;
    for (const key of this.lists) row[key as string] = JSON.parse(String(stored[key]));
    return row as T;
  }
}

export class IntegrationStore {
  readonly incoming: Table<IncomingWebhookRow>;
  readonly outgoing: Table<OutgoingWebhookRow>;
  readonly commands: Table<CommandRow>;

  constructor(db: Db) {
    this.incoming = new Table<IncomingWebhookRow>(db, 'incoming_webhooks', ['channel_locked'], []);
    this.outgoing = new Table<OutgoingWebhookRow>(
      db,
      'outgoing_webhooks',
      [],
      ['trigger_words', 'callback_urls'],
    );
    this.commands = new Table<CommandRow>(db, 'commands', ['auto_complete'], []);
  }
}

/** Fresh id and timestamps for a new row. */
export function stamped<T>(
  fields: T,
): T & { id: string; create_at: number; update_at: number; delete_at: number } {
  const now = Date.now();
  return { ...fields, id: newId(), create_at: now, update_at: now, delete_at: 0 };
}
