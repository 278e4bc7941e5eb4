import { newId } from '../auth/ids';
import type { Db } from './database';

export interface SessionRow {
  id: string;
  token: string;
  user_id: string;
  device_id: string;
  roles: string;
  props: Record<string, string>;
  create_at: number;
  expires_at: number;
  last_activity_at: number;
}

export type NewSession = Pick<SessionRow, 'user_id' | 'roles' | 'props' | 'expires_at'> & {
  device_id?: string;
};

type StoredSession = Omit<SessionRow, 'props'> & { props: string };

const fromRow = (row: StoredSession | undefined): SessionRow | undefined =>
  row && { ...row, props: JSON.parse(row.props) };

// Writing last_activity_at on every request would turn each read into a write; Mattermost also throttles it.
const ACTIVITY_WRITE_INTERVAL_MS = 5_000;

export class SessionStore {
  constructor(private readonly db: Db) {}

  create(session: NewSession): SessionRow {
    const now = Date.now();
    const row: SessionRow = {
      device_id: '',
      ...session,
      id: newId(),
      token: newId(),
      create_at: now,
      last_activity_at: now,
    };
    this.db
      .prepare(
        `INSERT INTO sessions (id, token, user_id, device_id, roles, props, create_at, expires_at, last_activity_at)
         VALUES (@id, @token, @user_id, @device_id, @roles, @props, @create_at, @expires_at, @last_activity_at)`,
      )
      .run({ ...row, props: JSON.stringify(row.props) });
    return row;
  }

  /** The live session for a token; expired sessions are deleted on sight. */
  byToken(token: string): SessionRow | undefined {
    const row = fromRow(
      this.db.prepare('SELECT * FROM sessions WHERE token = ?').get(token) as StoredSession,
    );
    if (row && row.expires_at <= Date.now()) {
      this.remove(row.id);
      return undefined;
    }
    return row;
  }

  byId(id: string): SessionRow | undefined {
    return fromRow(this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as StoredSession);
  }

  forUser(userId: string): SessionRow[] {
    const rows = this.db
      .prepare('SELECT * FROM sessions WHERE user_id = ? ORDER BY last_activity_at DESC')
      .all(userId) as StoredSession[];
    return rows.map((row) => fromRow(row)!);
  }

  touch(session: SessionRow): void {
    const now = Date.now();
    if (now - session.last_activity_at < ACTIVITY_WRITE_INTERVAL_MS) return;
    this.db.prepare('UPDATE sessions SET last_activity_at = ? WHERE id = ?').run(now, session.id);
    session.last_activity_at = now;
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
  }

  removeForUser(userId: string): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
  }

  removeAll(): void {
    this.db.prepare('DELETE FROM sessions').run();
  }

  /** Newest activity per user, for statuses. */
  lastActivity(userIds: string[]): Map<string, number> {
    const statement = this.db.prepare('SELECT max(last_activity_at) AS at FROM sessions WHERE user_id = ?');
    return new Map(userIds.map((id) => [id, (statement.get(id) as { at: number | null }).at ?? 0]));
  }
}
