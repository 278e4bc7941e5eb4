import type { FastifyInstance } from 'fastify';
// Team Settings (open invite, allowed domains, invite code) live in the teams area's tables; a team read here shows them.
import { presentTeamWithSettings } from '../areas/teams/settings';
import { authOf } from '../auth/authenticate';
import type { SandboxContext } from '../context';
import type { TeamRow } from '../db/teams';
import { forbidden, notFound } from '../errors';
import { idParam, nameParam, requireSelfOrAdmin, userIdParam } from './params';

export const teamNotFound = () =>
  notFound('app.team.get.find.app_error', 'Unable to find the existing team.');

/** A team the caller may see: a member's team, or any team for an admin. */
export function visibleTeam(ctx: SandboxContext, auth: ReturnType<typeof authOf>, team: TeamRow | undefined) {
  if (!team || team.delete_at > 0) throw teamNotFound();
  if (!auth.isAdmin && !ctx.stores.teams.isMember(team.id, auth.user.id)) throw forbidden('view_team');
  return team;
}

export function registerTeamRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { teams } = ctx.stores;
  const presentTeam = (team: TeamRow) => presentTeamWithSettings(ctx, team);

  app.get('/api/v4/users/:user_id/teams', async (request) => {
    const userId = userIdParam(request);
    requireSelfOrAdmin(authOf(request), userId, 'read_other_users_teams');
    return teams.forUser(userId).map(presentTeam);
  });

  app.get('/api/v4/teams/:team_id', async (request) => {
    return presentTeam(visibleTeam(ctx, authOf(request), teams.byId(idParam(request, 'team_id'))));
  });

  app.get('/api/v4/teams/name/:team_name', async (request) => {
    return presentTeam(visibleTeam(ctx, authOf(request), teams.byName(nameParam(request, 'team_name'))));
  });
}
