import type { Db } from '../../db/database';

/** Mattermost's user statuses (model.StatusOnline, StatusAway, StatusDnd, StatusOffline). */
export const STATUSES = ['online', 'away', 'dnd', 'offline'] as const;
export type UserStatusValue = (typeof STATUSES)[number];

/** A status set by the user (set-status menu, /away, PUT /users/{id}/status): it wins over activity. */
export interface ManualStatus {
  user_id: string;
  status: UserStatusValue;
}

export const STATUS_SCHEMA = `
CREATE TABLE IF NOT EXISTS user_status (
  user_id TEXT PRIMARY KEY REFERENCES users(id),
  status TEXT NOT NULL
);`;

/** Statuses users chose themselves (Mattermost's Status.Manual = true); the rest come from session activity. */
export class StatusStore {
  constructor(private readonly db: Db) {}

  manual(userId: string): ManualStatus | undefined {
    return this.db.prepare('SELECT user_id, status FROM user_status WHERE user_id = ?').get(userId) as
      | ManualStatus
      | undefined;
  }

  set(userId: string, status: UserStatusValue): void {
    this.db
      .prepare(
        `INSERT INTO user_status (user_id, status) VALUES (?, ?)
         ON CONFLICT (user_id) DO UPDATE SET status = excluded.status`,
      )
      .run(userId, status);
  }
}
