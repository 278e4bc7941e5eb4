import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import { newId } from '../../auth/ids';
import type { SandboxContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { readableChannel } from '../../routes/channels';
import { idParam, idSchema, statusOk } from '../../routes/params';
import { parseBody, parseParam } from '../../validation';
import { disabled, requireManager } from './access';
import { integrationSettings } from './settings';
import { type IntegrationStore, type OutgoingWebhookRow, stamped } from './store';

// model.OutgoingWebhook.IsValid: display name 64, description 500, at least a channel or a trigger word.
const hookFields = z.object({
  team_id: idSchema,
  channel_id: z.union([idSchema, z.literal('')]).default(''),
  trigger_words: z.array(z.string().min(1)).default([]),
  trigger_when: z.number().int().min(0).max(1).default(0),
  callback_urls: z.array(z.string().regex(/^https?:\/\/\S+$/i, 'must start with http:// or https://')).min(1),
  display_name: z.string().max(64).default(''),
  description: z.string().max(500).default(''),
  content_type: z.string().default('application/x-www-form-urlencoded'),
  username: z.string().max(64).default(''),
  icon_url: z.string().max(1024).default(''),
});

type HookFields = z.infer<typeof hookFields>;

export function registerOutgoingWebhookRoutes(
  api: FastifyInstance,
  ctx: SandboxContext,
  store: IntegrationStore,
): void {
  const enabled = () => {
    if (!integrationSettings(ctx.stores.db).EnableOutgoingWebhooks) {
      throw disabled(
        'api.outgoing_webhook.disabled.app_error',
        'Outgoing webhooks have been disabled by the system admin.',
      );
    }
  };
  const checked = (request: Parameters<typeof authOf>[0], fields: HookFields): HookFields => {
    if (!fields.channel_id && fields.trigger_words.length === 0) {
      throw new AppError(
        'api.webhooks.create_outgoing.triggers.app_error',
        'Either trigger_words or channel_id must be set',
        400,
      );
    }
    if (fields.channel_id) {
      const channel = readableChannel(ctx, authOf(request), ctx.stores.channels.byId(fields.channel_id));
      if (channel.team_id !== fields.team_id || channel.type !== 'O') {
        throw new AppError(
          'api.webhooks.create_outgoing.not_open.app_error',
          'Outgoing webhooks can only be created for public channels.',
          403,
        );
      }
    }
    return fields;
  };
  const managedHook = (request: Parameters<typeof authOf>[0]): OutgoingWebhookRow => {
    const hook = store.outgoing.byId(idParam(request, 'hook_id'));
    if (!hook)
      throw notFound('app.outgoing_webhooks.get_outgoing_webhook.app_error', 'Unable to get the webhook.');
    requireManager(ctx, authOf(request), hook.team_id, 'manage_outgoing_webhooks');
    return hook;
  };

  api.post('/api/v4/hooks/outgoing', async (request, reply) => {
    enabled();
    const auth = authOf(request);
    const fields = checked(request, parseBody(hookFields, request.body));
    requireManager(ctx, auth, fields.team_id, 'manage_outgoing_webhooks');
    reply.code(201);
    return store.outgoing.insert(stamped({ ...fields, creator_id: auth.user.id, token: newId() }));
  });

  api.get('/api/v4/hooks/outgoing', async (request) => {
    enabled();
    const query = parseParam(z.object({ team_id: idSchema }), request.query, 'query');
    requireManager(ctx, authOf(request), query.team_id, 'manage_outgoing_webhooks');
    return store.outgoing.forTeam(query.team_id);
  });

  api.get('/api/v4/hooks/outgoing/:hook_id', async (request) => {
    enabled();
    return managedHook(request);
  });

  api.put('/api/v4/hooks/outgoing/:hook_id', async (request) => {
    enabled();
    const hook = managedHook(request);
    const fields = checked(request, parseBody(hookFields.extend({ id: idSchema }), request.body));
    if (fields.team_id !== hook.team_id) {
      throw new AppError(
        'api.webhook.team_mismatch.app_error',
        'Unable to update webhook across teams.',
        400,
      );
    }
    return store.outgoing.update({ ...hook, ...fields, id: hook.id, update_at: Date.now() });
  });

  api.delete('/api/v4/hooks/outgoing/:hook_id', async (request) => {
    enabled();
    store.outgoing.remove(managedHook(request).id);
    return statusOk;
  });
}
