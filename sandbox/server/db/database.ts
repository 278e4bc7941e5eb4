import fs from 'node:fs';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  first_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL DEFAULT '',
  nickname TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  roles TEXT NOT NULL,
  notify_props TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT 'en',
  create_at INTEGER NOT NULL,
  update_at INTEGER NOT NULL,
  delete_at INTEGER NOT NULL DEFAULT 0,
  last_password_update INTEGER NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  token TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id),
  device_id TEXT NOT NULL DEFAULT '',
  roles TEXT NOT NULL,
  props TEXT NOT NULL,
  create_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  last_activity_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);
CREATE TABLE IF NOT EXISTS teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT 'O',
  create_at INTEGER NOT NULL,
  update_at INTEGER NOT NULL,
  delete_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS team_members (
  team_id TEXT NOT NULL REFERENCES teams(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  roles TEXT NOT NULL DEFAULT 'team_user',
  PRIMARY KEY (team_id, user_id)
);
CREATE TABLE IF NOT EXISTS channels (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('O', 'P', 'D', 'G')),
  header TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  creator_id TEXT NOT NULL DEFAULT '',
  create_at INTEGER NOT NULL,
  update_at INTEGER NOT NULL,
  delete_at INTEGER NOT NULL DEFAULT 0,
  last_post_at INTEGER NOT NULL DEFAULT 0,
  total_msg_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (team_id, name)
);
CREATE TABLE IF NOT EXISTS channel_members (
  channel_id TEXT NOT NULL REFERENCES channels(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  roles TEXT NOT NULL DEFAULT 'channel_user',
  last_viewed_at INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (channel_id, user_id)
);
CREATE TABLE IF NOT EXISTS posts (
  id TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL REFERENCES channels(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  root_id TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT '',
  props TEXT NOT NULL DEFAULT '{}',
  create_at INTEGER NOT NULL,
  update_at INTEGER NOT NULL,
  edit_at INTEGER NOT NULL DEFAULT 0,
  delete_at INTEGER NOT NULL DEFAULT 0,
  is_pinned INTEGER NOT NULL DEFAULT 0,
  file_ids TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS posts_channel ON posts(channel_id, create_at);
`;

/** Opens (and creates if needed) the sandbox database. */
export function openDatabase(file: string): Db {
  // The file holds live session tokens: made readable by its owner only (SQLite gives its -wal and -shm files
  // the same mode). An existing file keeps the mode its owner chose.
  if (file !== ':memory:') fs.closeSync(fs.openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Concurrent requests share one connection; keep writers from failing on a busy file.
  db.pragma('busy_timeout = 5000');
  migrateTeamlessChannels(db);
  db.exec(SCHEMA);
  addMissingColumns(db);
  return db;
}

/**
 * Direct and group messages are channels of no team (team_id '') with types D and G: a database file made before
 * them has a channels table that refuses both (a team reference, types O and P only); SQLite changes neither in
 * place, so that table is copied into the current shape once.
 */
function migrateTeamlessChannels(db: Db): void {
  const table = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'channels'")
    .get() as { sql: string } | undefined;
  if (!table || table.sql.includes("'D'")) return;
  const create = SCHEMA.slice(SCHEMA.indexOf('CREATE TABLE IF NOT EXISTS channels'));
  const createChannels = create
    .slice(0, create.indexOf(');') + 2)
    .replace('IF NOT EXISTS channels', 'channels_new');
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    db.exec(createChannels);
    db.exec('INSERT INTO channels_new SELECT * FROM channels');
    db.exec('DROP TABLE channels');
    db.exec('ALTER TABLE channels_new RENAME TO channels');
  })();
  db.pragma('foreign_keys = ON');
}

/** Columns added after a database file may have been made: `CREATE TABLE IF NOT EXISTS` leaves old tables as they are. */
function addMissingColumns(db: Db): void {
  const userColumns = db.prepare('PRAGMA table_info(users)').all() as { name: string }[];
  if (!userColumns.some((column) => column.name === 'failed_attempts')) {
    db.exec('ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0');
  }
  const postColumns = db.prepare('PRAGMA table_info(posts)').all() as { name: string }[];
  if (!postColumns.some((column) => column.name === 'is_pinned')) {
    db.exec('ALTER TABLE posts ADD COLUMN is_pinned INTEGER NOT NULL DEFAULT 0');
  }
  if (!postColumns.some((column) => column.name === 'file_ids')) {
    db.exec("ALTER TABLE posts ADD COLUMN file_ids TEXT NOT NULL DEFAULT '[]'");
  }
}
