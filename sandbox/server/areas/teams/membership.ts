import type { SandboxContext } from '../../context';
import type { TeamMemberRow } from '../../db/teams';

/** The channels every member of a team is in, as in Mattermost's default `TeamSettings.ExperimentalDefaultChannels`. */
export const DEFAULT_CHANNELS = [
  { name: 'town-square', display_name: 'Town Square' },
  { name: 'off-topic', display_name: 'Off-Topic' },
] as const;

export const TEAM_ADMIN_ROLES = 'team_user team_admin';

/** Client4's TeamMember shape. */
export function presentMember(member: TeamMemberRow) {
  const roles = member.roles.split(' ');
  return {
    team_id: member.team_id,
    user_id: member.user_id,
    roles: member.roles,
    delete_at: 0,
    scheme_guest: false,
    scheme_user: roles.includes('team_user'),
    scheme_admin: roles.includes('team_admin'),
    explicit_roles: '',
  };
}

/** Adds a user to a team and to its default channels (Mattermost's JoinUserToTeam). */
export function joinTeam(ctx: SandboxContext, teamId: string, userId: string, roles = 'team_user'): void {
  const { teams, channels } = ctx.stores;
  teams.addMember(teamId, userId, roles);
  for (const { name } of DEFAULT_CHANNELS) {
    const channel = channels.byName(teamId, name);
    if (channel) channels.addMember(channel.id, userId);
  }
  ctx.hub.publishToUsers([userId], 'added_to_team', { team_id: teamId, user_id: userId }, teamId);
}

/**
 * Removes a user from a team and from every channel of it (Mattermost's RemoveUserFromTeam), then tells the
 * user's open apps (`leave_team`), which leave the team's view if they are on it.
 */
export function leaveTeam(ctx: SandboxContext, teamId: string, userId: string): void {
  const { teams, channels } = ctx.stores;
  for (const channel of channels.forMember(teamId, userId, true)) {
    if (channel.team_id === teamId) channels.removeMember(channel.id, userId);
  }
  const others = teams.members(teamId).map((member) => member.user_id);
  teams.removeMember(teamId, userId);
  ctx.hub.publishToUsers(others, 'leave_team', { team_id: teamId, user_id: userId }, teamId);
}

/** A system admin, or a team admin of that team (Mattermost's manage_team, add/remove_user_to/from_team). */
export function managesTeam(
  ctx: SandboxContext,
  auth: { user: { id: string }; isAdmin: boolean },
  teamId: string,
) {
  if (auth.isAdmin) return true;
  return ctx.stores.teams.member(teamId, auth.user.id)?.roles.split(' ').includes('team_admin') ?? false;
}
