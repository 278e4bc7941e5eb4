import { newId } from '../auth/ids';
import type { Db } from './database';

export type NotifyProps = Record<string, string>;

export interface UserRow {
  id: string;
  username: string;
  email: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  nickname: string;
  position: string;
  roles: string;
  notify_props: NotifyProps;
  locale: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  last_password_update: number;
  /** Wrong passwords since the last successful login (Mattermost's FailedAttempts). */
  failed_attempts: number;
}

export type NewUser = Pick<UserRow, 'username' | 'email' | 'password_hash'> &
  Partial<Pick<UserRow, 'first_name' | 'last_name' | 'nickname' | 'position' | 'roles' | 'notify_props'>>;

export type UserPatch = Partial<
  Pick<
    UserRow,
    'username' | 'email' | 'first_name' | 'last_name' | 'nickname' | 'position' | 'notify_props' | 'locale'
  >
>;

/** Mattermost's defaults for a new account (model.User.SetDefaultNotifications). */
export const DEFAULT_NOTIFY_PROPS: NotifyProps = {
  desktop: 'mention',
  desktop_sound: 'true',
  desktop_threads: 'all',
  email: 'true',
  email_threads: 'all',
  push: 'mention',
  push_status: 'away',
  push_threads: 'all',
  channel: 'true',
  comments: 'never',
  first_name: 'false',
  mention_keys: '',
  auto_responder_active: 'false',
  auto_responder_message: 'Hello, I am out of office and unable to respond to messages.',
};

type StoredUser = Omit<UserRow, 'notify_props'> & { notify_props: string };

const fromRow = (row: StoredUser | undefined): UserRow | undefined =>
  row && { ...row, notify_props: JSON.parse(row.notify_props) };

export class UserStore {
  constructor(private readonly db: Db) {}

  create(user: NewUser): UserRow {
    const now = Date.now();
    const row: UserRow = {
      id: newId(),
      first_name: '',
      last_name: '',
      nickname: '',
      position: '',
      roles: 'system_user',
      locale: 'en',
      ...user,
      notify_props: { ...DEFAULT_NOTIFY_PROPS, ...user.notify_props },
      create_at: now,
      update_at: now,
      delete_at: 0,
      last_password_update: now,
      failed_attempts: 0,
    };
    this.db
      .prepare(
        `INSERT INTO users (id, username, email, password_hash, first_name, last_name, nickname, position, roles,
           notify_props, locale, create_at, update_at, delete_at, last_password_update)
         VALUES (@id, @username, @email, @password_hash, @first_name, @last_name, @nickname, @position, @roles,
           @notify_props, @locale, @create_at, @update_at, @delete_at, @last_password_update)`,
      )
      .run({ ...row, notify_props: JSON.stringify(row.notify_props) });
    return row;
  }

  byId(id: string): UserRow | undefined {
    return fromRow(this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as StoredUser | undefined);
  }

  byIds(ids: string[]): UserRow[] {
    return ids.map((id) => this.byId(id)).filter((user): user is UserRow => user !== undefined);
  }

  byUsername(username: string): UserRow | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as
      | StoredUser
      | undefined;
    return fromRow(row);
  }

  /** Mattermost's login id: a username or an email, case-insensitively. */
  byLoginId(loginId: string): UserRow | undefined {
    const row = this.db
      .prepare('SELECT * FROM users WHERE lower(username) = lower(?) OR lower(email) = lower(?)')
      .get(loginId, loginId) as StoredUser | undefined;
    return fromRow(row);
  }

  isTaken(field: 'username' | 'email', value: string, exceptId = ''): boolean {
    const sql = `SELECT 1 FROM users WHERE lower(${field}) = lower(?) AND id != ?`;
    return this.db.prepare(sql).get(value, exceptId) !== undefined;
  }

  patch(id: string, patch: UserPatch): UserRow | undefined {
    const current = this.byId(id);
    if (!current) return undefined;
    const next: UserRow = { ...current, ...patch, update_at: Date.now() };
    this.db
      .prepare(
        `UPDATE users SET username = @username, email = @email, first_name = @first_name, last_name = @last_name,
           nickname = @nickname, position = @position, notify_props = @notify_props, locale = @locale,
           update_at = @update_at
         WHERE id = @id`,
      )
      .run({ ...next, notify_props: JSON.stringify(next.notify_props) });
    return next;
  }

  /**
   * Stores a new password hash and stamps last_password_update; like Mattermost's store, a new password also
   * unlocks an account locked by failed logins.
   */
  setPasswordHash(id: string, passwordHash: string): void {
    const now = Date.now();
    this.db
      .prepare(
        'UPDATE users SET password_hash = ?, last_password_update = ?, update_at = ?, failed_attempts = 0 WHERE id = ?',
      )
      .run(passwordHash, now, now, id);
  }

  /**
   * Counts one login attempt against the account before its password is checked, in one statement: concurrent
   * attempts cannot all pass the limit check first. False when the account already had `max` failures.
   */
  reserveLoginAttempt(id: string, max: number): boolean {
    const sql = 'UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? AND failed_attempts < ?';
    return this.db.prepare(sql).run(id, max).changes === 1;
  }

  /** A successful login: the attempt counted by `reserveLoginAttempt` and earlier failures are forgotten. */
  clearLoginAttempts(id: string): void {
    this.db.prepare('UPDATE users SET failed_attempts = 0 WHERE id = ?').run(id);
  }

  /** Deactivates (delete_at = now) or reactivates (delete_at = 0) an account, as Mattermost's UpdateActive. */
  /** Replaces the user's system roles (a space-separated list, as Mattermost stores it). */
  setRoles(id: string, roles: string): void {
    this.db.prepare('UPDATE users SET roles = ?, update_at = ? WHERE id = ?').run(roles, Date.now(), id);
  }

  setActive(id: string, active: boolean): void {
    const now = Date.now();
    this.db
      .prepare('UPDATE users SET delete_at = ?, update_at = ? WHERE id = ?')
      .run(active ? 0 : now, now, id);
  }

  /** Every account, by username (the System Console's users list filters and pages it). */
  all(): UserRow[] {
    const rows = this.db.prepare('SELECT * FROM users ORDER BY username').all() as StoredUser[];
    return rows.map((row) => fromRow(row) as UserRow);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }
}
