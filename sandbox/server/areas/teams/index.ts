import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError, forbidden } from '../../errors';
import { idParam, idSchema, statusOk, userIdParam } from '../../routes/params';
import { teamNotFound, visibleTeam } from '../../routes/teams';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';
import {
  DEFAULT_CHANNELS,
  joinTeam,
  leaveTeam,
  managesTeam,
  presentMember,
  TEAM_ADMIN_ROLES,
} from './membership';
import { presentTeamWithSettings, regenerateInviteId, SETTINGS_SCHEMA, saveSettings } from './settings';

/** Mattermost's reserved team URLs (model/team.go `reservedName`). */
const RESERVED_NAMES = [
  'admin',
  'api',
  'channel',
  'claim',
  'error',
  'files',
  'help',
  'landing',
  'login',
  'mfa',
  'oauth',
  'plug',
  'plugins',
  'post',
  'signup',
  'boards',
  'playbooks',
];

const createBody = z.object({
  name: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[a-z0-9]+([a-z0-9-]*[a-z0-9]+)?$/, 'lower-case letters, digits and inner dashes'),
  display_name: z.string().trim().min(1).max(64),
  type: z.enum(['O', 'I']).default('O'),
  description: z.string().max(255).optional(),
});

const patchBody = z
  .object({
    display_name: z.string().trim().min(1).max(64).optional(),
    description: z.string().max(255).optional(),
    allow_open_invite: z.boolean().optional(),
    allowed_domains: z.string().max(1000).optional(),
  })
  .passthrough();

const addMemberBody = z.object({ team_id: idSchema.optional(), user_id: idSchema });
// Mattermost reads `roles` as one space-separated string; Client4's typing sends a list of them.
const rolesBody = z.object({
  roles: z
    .union([z.string(), z.array(z.string()).transform((roles) => roles.join(' '))])
    .pipe(z.string().regex(/^team_user( team_admin)?$/, "'team_user' or 'team_user team_admin'")),
});

/**
 * Teams beyond reading one (core `routes/teams.ts`): listing, creating, Team Settings (`PUT /teams/{id}/patch`),
 * members (add, remove/leave, roles) and archiving, in Client4's shapes and with Mattermost's permissions: any
 * user may create a team (create_team) and becomes its team admin; managing a team, its members and their roles
 * needs a team admin of it or a system admin; a user may always leave a team and may join an open one.
 */
function registerTeamRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { teams, users } = ctx.stores;
  const present = (team: Parameters<typeof presentTeamWithSettings>[1]) => presentTeamWithSettings(ctx, team);
  const managed = (request: Parameters<typeof authOf>[0], permission: string) => {
    const auth = authOf(request);
    const team = visibleTeam(ctx, auth, teams.byId(idParam(request, 'team_id')));
    if (!managesTeam(ctx, auth, team.id)) throw forbidden(permission);
    return { auth, team };
  };

  api.get('/api/v4/teams', async (request) => {
    const auth = authOf(request);
    const all = teams.all().map(present);
    return auth.isAdmin ? all : all.filter((team) => team.allow_open_invite);
  });

  api.post('/api/v4/teams', async (request, reply) => {
    const auth = authOf(request);
    const body = parseBody(createBody, request.body);
    if (RESERVED_NAMES.some((word) => body.name.startsWith(word))) {
      throw new AppError(
        'model.team.is_valid.reserved.app_error',
        'This URL is unavailable. Please try another.',
        400,
      );
    }
    if (teams.byName(body.name)) {
      throw new AppError(
        'store.sql_team.save_team.existing.app_error',
        'A team with that name already exists',
        400,
      );
    }
    const team = teams.create({
      name: body.name,
      display_name: body.display_name,
      description: body.description ?? '',
    });
    // A new team is invite-only until Team Settings opens it (Mattermost's AllowOpenInvite defaults to false).
    saveSettings(ctx, team.id, { allow_open_invite: false });
    for (const channel of DEFAULT_CHANNELS) {
      ctx.stores.channels.create({ ...channel, team_id: team.id, type: 'O', creator_id: auth.user.id });
    }
    joinTeam(ctx, team.id, auth.user.id, TEAM_ADMIN_ROLES);
    reply.code(201);
    return present(team);
  });

  api.put('/api/v4/teams/:team_id/patch', async (request) => {
    const { team } = managed(request, 'manage_team');
    const patch = parseBody(patchBody, request.body);
    teams.patch(team.id, patch);
    saveSettings(ctx, team.id, patch);
    const patched = teams.byId(team.id) ?? team;
    ctx.hub.publishToUsers(
      teams.members(team.id).map((member) => member.user_id),
      'update_team',
      { team: JSON.stringify(present(patched)) },
      team.id,
    );
    return present(patched);
  });

  // Team Settings > Access > Invite Code > Regenerate: a new invitation link, the old one no longer valid.
  api.post('/api/v4/teams/:team_id/regenerate_invite_id', async (request) => {
    const { team } = managed(request, 'manage_team');
    regenerateInviteId(ctx, team.id);
    const updated = present(teams.byId(team.id) ?? team);
    ctx.hub.publishToUsers(
      teams.members(team.id).map((member) => member.user_id),
      'update_team',
      { team: JSON.stringify(updated) },
      team.id,
    );
    return updated;
  });

  api.delete('/api/v4/teams/:team_id', async (request) => {
    const { team } = managed(request, 'manage_team');
    teams.archive(team.id);
    return statusOk;
  });

  api.get('/api/v4/teams/:team_id/members', async (request) => {
    const team = visibleTeam(ctx, authOf(request), teams.byId(idParam(request, 'team_id')));
    return teams.members(team.id).map(presentMember);
  });

  api.get('/api/v4/teams/:team_id/members/:user_id', async (request) => {
    const team = visibleTeam(ctx, authOf(request), teams.byId(idParam(request, 'team_id')));
    const member = teams.member(team.id, userIdParam(request));
    if (!member) throw teamMemberNotFound();
    return presentMember(member);
  });

  api.post('/api/v4/teams/:team_id/members', async (request, reply) => {
    const auth = authOf(request);
    const team = teams.byId(idParam(request, 'team_id'));
    if (!team || team.delete_at > 0) throw teamNotFound();
    const { user_id: userId } = parseBody(addMemberBody, request.body);
    const open = present(team).allow_open_invite && userId === auth.user.id;
    if (!open && !managesTeam(ctx, auth, team.id)) throw forbidden('add_user_to_team');
    if (!users.byId(userId)) throw invalidUser();
    joinTeam(ctx, team.id, userId);
    reply.code(201);
    return presentMember(
      teams.member(team.id, userId) ?? { team_id: team.id, user_id: userId, roles: 'team_user' },
    );
  });

  api.delete('/api/v4/teams/:team_id/members/:user_id', async (request) => {
    const auth = authOf(request);
    const team = visibleTeam(ctx, auth, teams.byId(idParam(request, 'team_id')));
    const userId = userIdParam(request);
    if (userId !== auth.user.id && !managesTeam(ctx, auth, team.id)) throw forbidden('remove_user_from_team');
    if (!teams.member(team.id, userId)) throw teamMemberNotFound();
    leaveTeam(ctx, team.id, userId);
    return statusOk;
  });

  api.put('/api/v4/teams/:team_id/members/:user_id/roles', async (request) => {
    const { team } = managed(request, 'manage_team_roles');
    const userId = userIdParam(request);
    const { roles } = parseBody(rolesBody, request.body);
    if (!teams.member(team.id, userId)) throw teamMemberNotFound();
    teams.setMemberRoles(team.id, userId, roles);
    return statusOk;
  });
}

const teamMemberNotFound = () =>
  new AppError(
    'app.team.get_member.missing.app_error',
    'No team member found for that user ID and team ID.',
    404,
  );

const invalidUser = () => new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);

export const area: SandboxArea = {
  name: 'teams',
  schema: SETTINGS_SCHEMA,
  registerRoutes: registerTeamRoutes,
};
