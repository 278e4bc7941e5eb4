import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError, forbidden } from '../../errors';
import { presentChannel } from '../../present';
import { readableChannel } from '../../routes/channels';
import { idParam, statusOk, userIdParam } from '../../routes/params';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';

const DEFAULT_CHANNEL = 'town-square';

const patchBody = z
  .object({
    display_name: z.string().trim().min(1).max(64).optional(),
    header: z.string().max(1024).optional(),
    purpose: z.string().max(250).optional(),
  })
  .strict();

/**
 * Channel management beyond create/join/archive (core `routes/channel-lifecycle.ts`): leaving or removing a
 * member (`DELETE /channels/{id}/members/{user_id}`), unarchiving (`POST /channels/{id}/restore`) and renaming or
 * editing the header and purpose (`PUT /channels/{id}/patch`), in Client4's shapes and with Mattermost's rules:
 * nobody leaves Town Square; one leaves by oneself, removing another needs a system admin; restoring needs a
 * system admin (manage_team); patching needs membership; an archived channel cannot be patched.
 */
function registerChannelRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { channels } = ctx.stores;
  // Archived channels stay readable by their members (Users and Teams > Allow users to view archived channels).
  ctx.clientConfigParts.push(() => ({ ExperimentalViewArchivedChannels: 'true' }));

  api.delete('/api/v4/channels/:channel_id/members/:user_id', async (request) => {
    const auth = authOf(request);
    const channel = readableChannel(ctx, auth, channels.byId(idParam(request, 'channel_id')));
    const userId = userIdParam(request);
    if (userId !== auth.user.id && !auth.isAdmin) throw forbidden('manage_public_channel_members');
    if (channel.name === DEFAULT_CHANNEL) {
      throw new AppError(
        'api.channel.remove.default.app_error',
        'Unable to remove user from the default channel town-square.',
        400,
      );
    }
    channels.removeMember(channel.id, userId);
    return statusOk;
  });

  api.post('/api/v4/channels/:channel_id/restore', async (request) => {
    const auth = authOf(request);
    const channel = channels.byId(idParam(request, 'channel_id'));
    if (!auth.isAdmin) throw forbidden('manage_team');
    const found = readableChannel(ctx, auth, channel);
    if (found.delete_at === 0) {
      throw new AppError(
        'api.channel.restore_channel.restored.app_error',
        'Unable to restore channel. Channel is not archived.',
        400,
      );
    }
    channels.restore(found.id);
    return presentChannel(channels.byId(found.id) ?? found);
  });

  api.put('/api/v4/channels/:channel_id/patch', async (request) => {
    const auth = authOf(request);
    const channel = readableChannel(ctx, auth, channels.byId(idParam(request, 'channel_id')));
    if (!auth.isAdmin && !channels.isMember(channel.id, auth.user.id))
      throw forbidden('manage_public_channel_properties');
    if (channel.delete_at > 0) {
      throw new AppError(
        'api.channel.patch_update_channel.forbidden.app_error',
        'Failed to patch channel.',
        403,
      );
    }
    const patch = parseBody(patchBody, request.body);
    channels.patch(channel.id, patch);
    return presentChannel(channels.byId(channel.id) ?? channel);
  });
}

export const area: SandboxArea = {
  name: 'channels',
  registerRoutes: registerChannelRoutes,
};
