import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type Auth, authOf } from '../auth/authenticate';
import type { SandboxContext } from '../context';
import type { ChannelRow } from '../db/channels';
import { AppError, forbidden, invalidBodyParam } from '../errors';
import { presentChannel } from '../present';
import { parseBody } from '../validation';
import { readableChannel } from './channels';
import { idParam, idSchema, statusOk } from './params';
import { visibleTeam } from './teams';

// Mattermost's channel name rules (model.IsValidChannelIdentifier): 2–64 lower-case letters, digits, - _ .
const channelName = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+([a-z0-9._-]*[a-z0-9]+)?$/, 'must be lower-case letters, digits, - _ or .');

const createBody = z.object({
  team_id: idSchema,
  name: channelName,
  display_name: z.string().trim().min(1).max(64),
  type: z.enum(['O', 'P']),
  purpose: z.string().max(250).optional(),
  header: z.string().max(1024).optional(),
});

const addMemberBody = z.object({ user_id: idSchema });

/** The default channel every team member is in; Mattermost refuses to archive it. */
const DEFAULT_CHANNEL = 'town-square';

/** A channel the caller belongs to (or any channel for a system admin): who may add members or archive it. */
function memberChannel(ctx: SandboxContext, auth: Auth, channel: ChannelRow, permission: string): ChannelRow {
  if (!auth.isAdmin && !ctx.stores.channels.isMember(channel.id, auth.user.id)) throw forbidden(permission);
  return channel;
}

/** Creating, joining and archiving channels: POST /channels, POST /channels/{id}/members, DELETE /channels/{id}. */
export function registerChannelLifecycleRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { teams, channels } = ctx.stores;

  app.post('/api/v4/channels', async (request, reply) => {
    const auth = authOf(request);
    const body = parseBody(createBody, request.body);
    const team = visibleTeam(ctx, auth, teams.byId(body.team_id));
    if (channels.byName(team.id, body.name)) {
      throw new AppError(
        'store.sql_channel.save_channel.exists.app_error',
        'A channel with that name already exists on the same team.',
        400,
      );
    }
    const channel = channels.create({ ...body, team_id: team.id, creator_id: auth.user.id });
    channels.addMember(channel.id, auth.user.id);
    reply.code(201);
    return presentChannel(channel);
  });

  app.post('/api/v4/channels/:channel_id/members', async (request, reply) => {
    const auth = authOf(request);
    const channel = readableChannel(ctx, auth, channels.byId(idParam(request, 'channel_id')));
    const { user_id: userId } = parseBody(addMemberBody, request.body);
    // Mattermost's join_public_channels: a team member joins a public channel by adding themselves.
    const joinsPublic = userId === auth.user.id && channel.type === 'O';
    if (!joinsPublic) memberChannel(ctx, auth, channel, 'manage_public_channel_members');
    if (!teams.isMember(channel.team_id, userId)) {
      throw invalidBodyParam('user_id', "the user is not a member of the channel's team");
    }
    channels.addMember(channel.id, userId);
    reply.code(201);
    return {
      channel_id: channel.id,
      user_id: userId,
      roles: 'channel_user',
      last_viewed_at: 0,
      msg_count: 0,
    };
  });

  app.delete('/api/v4/channels/:channel_id', async (request) => {
    const auth = authOf(request);
    const channel = readableChannel(ctx, auth, channels.byId(idParam(request, 'channel_id')));
    memberChannel(ctx, auth, channel, 'delete_public_channel');
    if (channel.name === DEFAULT_CHANNEL) {
      throw new AppError(
        'api.channel.delete_channel.cannot.app_error',
        'Unable to delete the default channel town-square.',
        400,
      );
    }
    channels.archive(channel.id);
    return statusOk;
  });
}
