import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/database';

describe('a database file made before direct messages', () => {
  it('gets a channels table that takes teamless D and G channels, its rows kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-dm-'));
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE teams (id TEXT PRIMARY KEY);
      CREATE TABLE channels (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), name TEXT NOT NULL,
        display_name TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN ('O', 'P')), header TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '', creator_id TEXT NOT NULL DEFAULT '', create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL, delete_at INTEGER NOT NULL DEFAULT 0, last_post_at INTEGER NOT NULL DEFAULT 0,
        total_msg_count INTEGER NOT NULL DEFAULT 0, UNIQUE (team_id, name));
      INSERT INTO teams VALUES ('t');
      INSERT INTO channels (id, team_id, name, display_name, type, create_at, update_at)
        VALUES ('c', 't', 'town-square', 'Town Square', 'O', 1, 1);`);
    old.close();
    const db = openDatabase(file);
    try {
      assert.equal((db.prepare('SELECT name FROM channels').get() as { name: string }).name, 'town-square');
      db.prepare(
        `INSERT INTO channels (id, team_id, name, display_name, type, create_at, update_at)
         VALUES ('d', '', 'a__b', '', 'D', 1, 1)`,
      ).run();
      assert.equal(
        (db.prepare("SELECT count(*) AS n FROM channels WHERE type = 'D'").get() as { n: number }).n,
        1,
      );
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
