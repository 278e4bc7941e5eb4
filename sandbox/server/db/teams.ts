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
}
