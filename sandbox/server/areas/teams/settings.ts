import { newId } from '../../auth/ids';
import type { SandboxContext } from '../../context';
import type { TeamRow } from '../../db/teams';
import { presentTeam } from '../../present';

/**
 * Team Settings the core teams table does not hold: "Allow any user with an account on this server to join this
 * team" (`allow_open_invite`, Mattermost's default false for a new team) and "Allow only users with a specific
 * email domain to join this team" (`allowed_domains`).
 */
export const SETTINGS_SCHEMA = `
CREATE TABLE IF NOT EXISTS team_settings (
  team_id TEXT PRIMARY KEY REFERENCES teams(id),
  allow_open_invite INTEGER NOT NULL DEFAULT 0,
  allowed_domains TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS team_invites (
  team_id TEXT PRIMARY KEY REFERENCES teams(id),
  invite_id TEXT NOT NULL
);`;

interface SettingsRow {
  allow_open_invite: number;
  allowed_domains: string;
}

export interface TeamSettings {
  allow_open_invite?: boolean;
  allowed_domains?: string;
}

function settingsOf(ctx: SandboxContext, teamId: string): SettingsRow | undefined {
  return ctx.stores.db
    .prepare('SELECT allow_open_invite, allowed_domains FROM team_settings WHERE team_id = ?')
    .get(teamId) as SettingsRow | undefined;
}

export function saveSettings(ctx: SandboxContext, teamId: string, patch: TeamSettings): void {
  const current = settingsOf(ctx, teamId);
  ctx.stores.db
    .prepare(
      `INSERT INTO team_settings (team_id, allow_open_invite, allowed_domains) VALUES (?, ?, ?)
       ON CONFLICT(team_id) DO UPDATE SET allow_open_invite = excluded.allow_open_invite,
         allowed_domains = excluded.allowed_domains`,
    )
    .run(
      teamId,
      (patch.allow_open_invite ?? Boolean(current?.allow_open_invite)) ? 1 : 0,
      patch.allowed_domains ?? current?.allowed_domains ?? '',
    );
}

/**
 * The team's invite id (Team Settings > Access > Invite Code, the `id` of its invitation link): made on first use,
 * replaced by `regenerateInviteId` (`POST /teams/{id}/regenerate_invite_id`), which invalidates the old link.
 */
export function inviteIdOf(ctx: SandboxContext, teamId: string): string {
  const row = ctx.stores.db.prepare('SELECT invite_id FROM team_invites WHERE team_id = ?').get(teamId) as
    | { invite_id: string }
    | undefined;
  return row?.invite_id ?? regenerateInviteId(ctx, teamId);
}

export function regenerateInviteId(ctx: SandboxContext, teamId: string): string {
  const inviteId = newId();
  ctx.stores.db
    .prepare(
      `INSERT INTO team_invites (team_id, invite_id) VALUES (?, ?)
       ON CONFLICT(team_id) DO UPDATE SET invite_id = excluded.invite_id`,
    )
    .run(teamId, inviteId);
  return inviteId;
}

/** The core Team shape with this area's settings laid over it (a team without a row keeps the core's values). */
export function presentTeamWithSettings(ctx: SandboxContext, team: TeamRow) {
  const base = { ...presentTeam(team), invite_id: inviteIdOf(ctx, team.id) };
  const settings = settingsOf(ctx, team.id);
  if (!settings) return base;
  return {
    ...base,
    allow_open_invite: Boolean(settings.allow_open_invite),
    allowed_domains: settings.allowed_domains,
  };
}
