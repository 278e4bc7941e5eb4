import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { ChannelRow } from '../../db/channels';
import { AppError, notFound } from '../../errors';
import { readableChannel } from '../../routes/channels';
import { idParam, idSchema, statusOk } from '../../routes/params';
import { parseBody, parseParam } from '../../validation';
import { disabled, requireManager } from './access';
import { postFromIntegration } from './integration-post';
import { integrationSettings } from './settings';
import { type IncomingWebhookRow, type IntegrationStore, stamped } from './store';

// Mattermost's limits (model.IncomingWebhook.IsValid): display name 64, description 500, username 255, icon 1024.
const hookFields = z.object({
  channel_id: idSchema,
  display_name: z.string().max(64).default(''),
  description: z.string().max(500).default(''),
  username: z.string().max(255).default(''),
  icon_url: z.string().max(1024).default(''),
  channel_locked: z.boolean().default(false),
});

const listQuery = z.object({
  team_id: idSchema.optional(),
  page: z.coerce.number().int().min(0).default(0),
  per_page: z.coerce.number().int().min(1).max(200).default(60),
  include_total_count: z.enum(['true', 'false']).optional(),
});

/** The payload of `POST /hooks/{id}` (Mattermost's IncomingWebhookRequest, Slack-compatible). */
const payloadSchema = z.object({
  text: z.string().default(''),
  username: z.string().optional(),
  icon_url: z.string().optional(),
  channel: z.string().optional(),
  attachments: z.array(z.unknown()).optional(),
  props: z.record(z.string(), z.unknown()).optional(),
});

const hookNotFound = () =>
  notFound('app.incoming_webhooks.get_incoming_webhook.app_error', 'Unable to get the webhook.');
const incomingDisabled = () =>
  disabled(
    'api.incoming_webhook.disabled.app_error',
    'Incoming webhooks have been disabled by the system admin.',
  );

export function registerIncomingWebhookRoutes(
  api: FastifyInstance,
  ctx: SandboxContext,
  store: IntegrationStore,
): void {
  const enabled = () => {
    if (!integrationSettings(ctx.stores.db).EnableIncomingWebhooks) throw incomingDisabled();
  };
  /** The hook and its team, once the caller may manage it (another's hook needs manage_others_incoming_webhooks). */
  const managedHook = (request: Parameters<typeof authOf>[0]): IncomingWebhookRow => {
    const auth = authOf(request);
    const hook = store.incoming.byId(idParam(request, 'hook_id'));
    if (!hook) throw hookNotFound();
    requireManager(ctx, auth, hook.team_id, 'manage_incoming_webhooks');
    return hook;
  };

  api.post('/api/v4/hooks/incoming', async (request, reply) => {
    enabled();
    const auth = authOf(request);
    const body = parseBody(hookFields, request.body);
    const channel = readableChannel(ctx, auth, ctx.stores.channels.byId(body.channel_id));
    requireManager(ctx, auth, channel.team_id, 'manage_incoming_webhooks');
    const hook = store.incoming.insert(stamped({ ...body, user_id: auth.user.id, team_id: channel.team_id }));
    reply.code(201);
    return hook;
  });

  api.get('/api/v4/hooks/incoming', async (request) => {
    enabled();
    const auth = authOf(request);
    const query = parseParam(listQuery, request.query, 'query');
    if (query.team_id) requireManager(ctx, auth, query.team_id, 'manage_incoming_webhooks');
    else if (!auth.isAdmin) throw forbiddenAll();
    const hooks = query.team_id ? store.incoming.forTeam(query.team_id) : store.incoming.all();
    const page = hooks.slice(query.page * query.per_page, (query.page + 1) * query.per_page);
    // Client4's getIncomingWebhooks(…, includeTotalCount) gets IncomingWebhooksWithCount.
    return query.include_total_count === 'true'
      ? { incoming_webhooks: page, total_count: hooks.length }
      : page;
  });

  api.get('/api/v4/hooks/incoming/:hook_id', async (request) => {
    enabled();
    return managedHook(request);
  });

  api.put('/api/v4/hooks/incoming/:hook_id', async (request) => {
    enabled();
    const hook = managedHook(request);
    const body = parseBody(hookFields.extend({ id: idSchema }), request.body);
    if (body.id !== hook.id)
      throw new AppError(
        'api.context.invalid_body_param.app_error',
        'Invalid or missing id in request body.',
        400,
      );
    const channel = readableChannel(ctx, authOf(request), ctx.stores.channels.byId(body.channel_id));
    if (channel.team_id !== hook.team_id) {
      throw new AppError(
        'api.webhook.team_mismatch.app_error',
        'Unable to update webhook across teams.',
        400,
      );
    }
    return store.incoming.update({ ...hook, ...body, update_at: Date.now() });
  });

  api.delete('/api/v4/hooks/incoming/:hook_id', async (request) => {
    enabled();
    store.incoming.remove(managedHook(request).id);
    return statusOk;
  });
}

const forbiddenAll = () =>
  new AppError(
    'api.context.permissions.app_error',
    'You do not have the appropriate permissions.',
    403,
    'userId needs permission manage_system',
  );

/** `POST /hooks/{id}`: no session, the hook's secret id is the credential (Mattermost's incomingWebhook handler). */
export function registerIncomingWebhookEndpoint(
  app: FastifyInstance,
  ctx: SandboxContext,
  store: IntegrationStore,
): void {
  app.post('/hooks/:hook_id', async (request, reply) => {
    if (!integrationSettings(ctx.stores.db).EnableIncomingWebhooks) throw incomingDisabled();
    const hook = store.incoming.byId(String((request.params as { hook_id: string }).hook_id));
    if (!hook) throw new AppError('web.incoming_webhook.invalid.app_error', 'Invalid webhook.', 400);
    const payload = parseBody(payloadSchema, payloadOf(request.body));
    if (!payload.text.trim() && !payload.attachments?.length) {
      throw new AppError('web.incoming_webhook.text.app_error', 'No text specified.', 400);
    }
    const channel = targetChannel(ctx, hook, payload.channel);
    postFromIntegration(ctx, {
      channel,
      userId: hook.user_id,
      text: payload.text,
      username: payload.username || hook.username,
      iconUrl: payload.icon_url || hook.icon_url,
      attachments: payload.attachments,
      props: { ...payload.props, webhook_display_name: hook.display_name },
    });
    return reply.type('text/plain; charset=utf-8').send('ok');
  });
}

/** Slack clients send `payload=<json>` as a form; Mattermost reads both. */
function payloadOf(body: unknown): unknown {
  if (typeof body === 'string') {
    const form = new URLSearchParams(body).get('payload');
    try {
      return JSON.parse(form ?? body);
    } catch {
      throw new AppError(
        'api.webhook.incoming.invalid_payload.app_error',
        'Unable to parse incoming data.',
        400,
      );
    }
  }
  return body ?? {};
}

/** The hook's own channel, or the payload's `channel` (a name in the hook's team) when the hook is not locked. */
function targetChannel(ctx: SandboxContext, hook: IncomingWebhookRow, name: string | undefined): ChannelRow {
  const own = ctx.stores.channels.byId(hook.channel_id);
  if (!name) {
    if (!own) throw new AppError('web.incoming_webhook.channel.app_error', "Couldn't find the channel.", 404);
    return own;
  }
  const wanted = name.replace(/^#/, '');
  if (wanted.startsWith('@')) {
    throw new AppError(
      'web.incoming_webhook.channel.app_error',
      "Couldn't find the channel: direct messages from webhooks are not supported by this server.",
      404,
    );
  }
  const channel = ctx.stores.channels.byName(hook.team_id, wanted);
  if (!channel)
    throw new AppError('web.incoming_webhook.channel.app_error', "Couldn't find the channel.", 404);
  if (hook.channel_locked && channel.id !== hook.channel_id) {
    throw new AppError(
      'web.incoming_webhook.channel_locked.app_error',
      'This webhook is not permitted to post to the requested channel.',
      403,
    );
  }
  return channel;
}
