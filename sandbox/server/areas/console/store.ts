import type { Db } from '../../db/database';
import { type ConfigJson, defaultConfig, mergeConfig } from './config-values';

export const CONFIG_SCHEMA = `
CREATE TABLE IF NOT EXISTS console_config (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  json TEXT NOT NULL,
  update_at INTEGER NOT NULL
);`;

/**
 * The server config in one database row, so it survives a restart on the same database file as Mattermost's
 * database-backed config does. Writes replace the row in one statement: a config is never half-written.
 */
export class ConfigStore {
  constructor(
    private readonly db: Db,
    private readonly initial: () => ConfigJson,
  ) {}

  get(): ConfigJson {
    const row = this.db.prepare('SELECT json FROM console_config WHERE id = 1').get() as
      | { json: string }
      | undefined;
    if (!row) return this.initial();
    // A row written before the table had a setting gets that setting's default.
    return mergeConfig(this.initial(), JSON.parse(row.json)).config;
  }

  save(config: ConfigJson): void {
    this.db
      .prepare(
        'INSERT INTO console_config (id, json, update_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json, update_at = excluded.update_at',
      )
      .run(JSON.stringify(config), Date.now());
  }
}

export { defaultConfig };
