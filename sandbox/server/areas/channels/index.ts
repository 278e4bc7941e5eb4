import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { presentChannel } from '../../present';
import { readableChannel } from '../../routes/channels';
import { idParam, statusOk, userIdParam } from '../../routes/params';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';
import { postChangeMessages, postPrivacyMessage } from './system-posts';

const DEFAULT_CHANNEL = 'town-square';

const privacyBody = z.object({ privacy: z.enum(['O', 'P']) });

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
 * system admin (manage_team); patching needs membership; an archived channel cannot be patched. A patch posts
 * Mattermost's system message for each changed header, purpose or display name (`system-posts.ts`).
 */
function registerChannelRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { channels } = ctx.stores;
  // Archived channels stay readable by their members (Users and Teams > Allow users to view archived channels).
  ctx.clientConfigParts.push(() => ({ ExperimentalViewArchivedChannels: 'true' }));

  // Client4 getChannelMember / getMyChannelMember: the membership, or Mattermost's 404 when there is none.
  api.get('/api/v4/channels/:channel_id/members/:user_id', async (request) => {
    const auth = authOf(request);
    const channel = readableChannel(ctx, auth, channels.byId(idParam(request, 'channel_id')));
    const userId = userIdParam(request);
    if (!channels.isMember(channel.id, userId)) {
      throw notFound(
        'app.channel.get_member.missing.app_error',
        'No channel member found for that user ID and channel ID.',
      );
    }
    return {
      channel_id: channel.id,
      user_id: userId,
      roles: 'channel_user',
      last_viewed_at: 0,
      msg_count: 0,
      mention_count: 0,
      notify_props: {},
    };
  });

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
    const patched = channels.byId(channel.id) ?? channel;
    postChangeMessages(ctx, channel, patched, auth.user);
    return presentChannel(patched);
  });

  // Client4 updateChannelPrivacy. Converting public to private needs convert_public_channel_to_private (team and
  // system admins by default; a system admin here), private to public manage_team; Town Square stays public.
  api.put('/api/v4/channels/:channel_id/privacy', async (request) => {
    const auth = authOf(request);
    const channel = readableChannel(ctx, auth, channels.byId(idParam(request, 'channel_id')));
    const { privacy } = parseBody(privacyBody, request.body);
    if (!auth.isAdmin) {
      throw forbidden(
        privacy === 'P' ? 'convert_public_channel_to_private' : 'convert_private_channel_to_public',
      );
    }
    if (
      channel.name === DEFAULT_CHANNEL ||
      channel.type === 'D' ||
      channel.type === 'G' ||
      channel.delete_at > 0
    ) {
      throw new AppError(
        'api.channel.update_channel_privacy.default_channel_error',
        'The default channel cannot be made private.',
        400,
      );
    }
    if (channel.type !== privacy) {
      channels.setPrivacy(channel.id, privacy);
      postPrivacyMessage(ctx, channels.byId(channel.id) ?? channel, auth.user);
    }
    return presentChannel(channels.byId(channel.id) ?? channel);
  });
}

export const area: SandboxArea = {
  name: 'channels',
  registerRoutes: registerChannelRoutes,
};
