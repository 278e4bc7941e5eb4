import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { ChannelRow } from '../../db/channels';
import { AppError, forbidden } from '../../errors';
import { presentChannel } from '../../present';
import { idSchema } from '../../routes/params';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';
import { directChannelName, groupChannelName, groupDisplayName } from './names';
import { registerUserListRoutes } from './users';

const directBody = z.array(idSchema).length(2);
const groupBody = z.array(idSchema).min(1);

// Mattermost's limits for a group message: the caller and 2 to 7 others.
const GROUP_MIN = 3;
const GROUP_MAX = 8;

/**
 * Direct and group messages: `POST /channels/direct` (Client4 createDirectChannel, two user ids, the caller one of
 * them unless a system admin) and `POST /channels/group` (createGroupChannel, the caller added to the ids; 3–8
 * users). Both are channels of no team (team_id ''), named as Mattermost names them, made once and returned again
 * after; the user lists the web app needs to start one are in `users.ts`.
 */
function registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { channels, users } = ctx.stores;

  const requireUsers = (ids: string[]) => {
    const unique = [...new Set(ids)];
    const found = users.byIds(unique);
    if (found.length !== unique.length) {
      throw new AppError('api.channel.create_direct_channel.invalid_user.app_error', 'Invalid user ID', 400);
    }
    return found;
  };

  const existingOrNew = (name: string, make: () => ChannelRow, memberIds: string[]) => {
    const existing = channels.byName('', name);
    if (existing) return existing;
    const channel = make();
    for (const id of new Set(memberIds)) channels.addMember(channel.id, id);
    return channel;
  };

  api.post('/api/v4/channels/direct', async (request, reply) => {
    const auth = authOf(request);
    const ids = parseBody(directBody, request.body);
    if (!ids.includes(auth.user.id) && !auth.isAdmin) throw forbidden('create_direct_channel');
    requireUsers(ids);
    const [first, second] = ids as [string, string];
    const name = directChannelName(first, second);
    const channel = existingOrNew(
      name,
      () => channels.create({ team_id: '', name, display_name: '', type: 'D', creator_id: auth.user.id }),
      ids,
    );
    reply.code(201);
    return presentChannel(channel);
  });

  api.post('/api/v4/channels/group', async (request, reply) => {
    const auth = authOf(request);
    const ids = [...new Set([...parseBody(groupBody, request.body), auth.user.id])];
    if (ids.length < GROUP_MIN || ids.length > GROUP_MAX) {
      throw new AppError(
        'api.channel.create_group.bad_size.app_error',
        'Group message channels must contain at least 3 and no more than 8 users.',
        400,
      );
    }
    const members = requireUsers(ids);
    const name = groupChannelName(ids);
    const display = groupDisplayName(members.map((user) => user.username));
    const channel = existingOrNew(
      name,
      () =>
        channels.create({ team_id: '', name, display_name: display, type: 'G', creator_id: auth.user.id }),
      ids,
    );
    reply.code(201);
    return presentChannel(channel);
  });

  registerUserListRoutes(api, ctx);
}

export const area: SandboxArea = { name: 'direct-messages', registerRoutes };
