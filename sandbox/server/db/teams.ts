import { newId } from '../auth/ids';
import type { Db } from './database';

export interface TeamRow {
  id: string;
  name: string;
  display_name: string;
  description: string;
  type: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

/** A team membership, as Mattermost's TeamMember (roles 'team_user' or 'team_user team_admin'). */
export interface TeamMemberRow {
  team_id: string;
  user_id: string;
  roles: string;
}

export class TeamStore {
  constructor(private readonly db: Db) {}

  create(team: Pick<TeamRow, 'name' | 'display_name'> & { description?: string }): TeamRow {
    const now = Date.now();
    const row: TeamRow = {
      description: '',
      ...team,
      id: newId(),
      type: 'O',
      create_at: now,
      update_at: now,
      delete_at: 0,
    };
    this.db
      .prepare(
        `INSERT INTO teams (id, name, display_name, description, type, create_at, update_at, delete_at)
         VALUES (@id, @name, @display_name, @description, @type, @create_at, @update_at, @delete_at)`,
      )
      .run(row);
    return row;
  }

  addMember(teamId: string, userId: string, roles = 'team_user'): void {
    this.db
      .prepare('INSERT OR IGNORE INTO team_members (team_id, user_id, roles) VALUES (?, ?, ?)')
      .run(teamId, userId, roles);
  }

  byId(id: string): TeamRow | undefined {
    return this.db.prepare('SELECT * FROM teams WHERE id = ?').get(id) as TeamRow | undefined;
  }

  byName(name: string): TeamRow | undefined {
    return this.db.prepare('SELECT * FROM teams WHERE name = ?').get(name) as TeamRow | undefined;
  }

  forUser(userId: string): TeamRow[] {
    return this.db
      .prepare(
        `SELECT t.* FROM teams t JOIN team_members m ON m.team_id = t.id
         WHERE m.user_id = ? AND t.delete_at = 0 ORDER BY t.display_name`,
      )
      .all(userId) as TeamRow[];
  }

  isMember(teamId: string, userId: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM team_members WHERE team_id = ? AND user_id = ?').get(teamId, userId) !==
      undefined
    );
  }

  /** Every team that is not archived (system admins see them all; others only the open ones). */
  all(): TeamRow[] {
    return this.db
      .prepare('SELECT * FROM teams WHERE delete_at = 0 ORDER BY display_name')
      .all() as TeamRow[];
  }

  member(teamId: string, userId: string): TeamMemberRow | undefined {
    return this.db
      .prepare('SELECT team_id, user_id, roles FROM team_members WHERE team_id = ? AND user_id = ?')
      .get(teamId, userId) as TeamMemberRow | undefined;
  }

  members(teamId: string): TeamMemberRow[] {
    return this.db
      .prepare('SELECT team_id, user_id, roles FROM team_members WHERE team_id = ? ORDER BY user_id')
      .all(teamId) as TeamMemberRow[];
  }

  removeMember(teamId: string, userId: string): void {
    this.db.prepare('DELETE FROM team_members WHERE team_id = ? AND user_id = ?').run(teamId, userId);
  }

  setMemberRoles(teamId: string, userId: string, roles: string): void {
    this.db
      .prepare('UPDATE team_members SET roles = ? WHERE team_id = ? AND user_id = ?')
      .run(roles, teamId, userId);
  }

  patch(id: string, patch: Partial<Pick<TeamRow, 'display_name' | 'description'>>): void {
    const current = this.byId(id);
    if (!current) return;
    this.db
      .prepare('UPDATE teams SET display_name = ?, description = ?, update_at = ? WHERE id = ?')
      .run(
        patch.display_name ?? current.display_name,
        patch.description ?? current.description,
        Date.now(),
        id,
      );
  }

  /** Archives the team (Mattermost's soft delete): it leaves every member's team list. */
  archive(id: string): void {
    const now = Date.now();
    this.db.prepare('UPDATE teams SET delete_at = ?, update_at = ? WHERE id = ?').run(now, now, id);
  }
}
