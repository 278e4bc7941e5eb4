import type { FastifyInstance } from 'fastify';
import { type Auth, authOf } from '../auth/authenticate';
import type { SandboxContext } from '../context';
import type { ChannelRow } from '../db/channels';
import { forbidden, notFound } from '../errors';
import { presentChannel } from '../present';
import { idParam, nameParam, requireSelfOrAdmin, userIdParam } from './params';
import { visibleTeam } from './teams';

const channelNotFound = () =>
  notFound('app.channel.get_by_name.missing.app_error', 'Unable to find the existing channel.');

/**
 * Members read any channel of theirs, archived ones too (Mattermost with "Allow users to view archived channels");
 * public channels that are not archived are also readable by the team's members.
 */
export function readableChannel(
  ctx: SandboxContext,
  auth: Auth,
  channel: ChannelRow | undefined,
): ChannelRow {
  if (!channel) throw channelNotFound();
  if (auth.isAdmin || ctx.stores.channels.isMember(channel.id, auth.user.id)) return channel;
  if (channel.delete_at > 0) throw channelNotFound();
  if (channel.type === 'O' && ctx.stores.teams.isMember(channel.team_id, auth.user.id)) return channel;
  throw forbidden('read_channel');
}

export function registerChannelRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { teams, channels } = ctx.stores;

  app.get('/api/v4/users/:user_id/teams/:team_id/channels', async (request) => {
    const userId = userIdParam(request);
    const auth = authOf(request);
    requireSelfOrAdmin(auth, userId, 'read_other_users_teams');
    const team = visibleTeam(ctx, auth, teams.byId(idParam(request, 'team_id')));
    const { include_deleted: includeDeleted } = request.query as { include_deleted?: string };
    return channels.forMember(team.id, userId, includeDeleted === 'true').map(presentChannel);
  });

  app.get('/api/v4/channels/:channel_id', async (request) => {
    const channel = channels.byId(idParam(request, 'channel_id'));
    return presentChannel(readableChannel(ctx, authOf(request), channel));
  });

  app.get('/api/v4/teams/:team_id/channels/name/:channel_name', async (request) => {
    const auth = authOf(request);
    const team = visibleTeam(ctx, auth, teams.byId(idParam(request, 'team_id')));
    const channel = channels.byName(team.id, nameParam(request, 'channel_name'));
    return presentChannel(readableChannel(ctx, auth, channel));
  });

  app.get('/api/v4/teams/name/:team_name/channels/name/:channel_name', async (request) => {
    const auth = authOf(request);
    const team = visibleTeam(ctx, auth, teams.byName(nameParam(request, 'team_name')));
    const channel = channels.byName(team.id, nameParam(request, 'channel_name'));
    return presentChannel(readableChannel(ctx, auth, channel));
  });
}
