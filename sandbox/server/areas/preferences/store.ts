import type { Db } from '../../db/database';

/** One stored preference, in the shape of `@mattermost/types/preferences` PreferenceType. */
export interface Preference {
  user_id: string;
  category: string;
  name: string;
  value: string;
}

export const PREFERENCES_SCHEMA = `
CREATE TABLE IF NOT EXISTS preferences (
  user_id TEXT NOT NULL REFERENCES users(id),
  category TEXT NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (user_id, category, name)
);`;

/** A user's preferences (Mattermost's Preferences table): one row per (user, category, name). */
export class PreferenceStore {
  constructor(private readonly db: Db) {}

  ofUser(userId: string, category?: string, name?: string): Preference[] {
    const where = ['user_id = ?'];
    const args = [userId];
    if (category !== undefined) where.push('category = ?') && args.push(category);
    if (name !== undefined) where.push('name = ?') && args.push(name);
    return this.db
      .prepare(
        `SELECT user_id, category, name, value FROM preferences WHERE ${where.join(' AND ')} ORDER BY category, name`,
      )
      .all(...args) as Preference[];
  }

  /** Saves all or none (Mattermost saves a request's preferences in one transaction). */
  save(preferences: Preference[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO preferences (user_id, category, name, value) VALUES (@user_id, @category, @name, @value)
       ON CONFLICT (user_id, category, name) DO UPDATE SET value = excluded.value`,
    );
    this.db.transaction(() => {
      for (const preference of preferences) upsert.run(preference);
    })();
  }

  delete(preferences: Preference[]): void {
    const remove = this.db.prepare(
      'DELETE FROM preferences WHERE user_id = @user_id AND category = @category AND name = @name',
    );
    this.db.transaction(() => {
      for (const preference of preferences) remove.run(preference);
    })();
  }
}
