import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import { newId } from '../../auth/ids';
import type { SandboxContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { readableChannel } from '../../routes/channels';
import { idParam, idSchema, statusOk } from '../../routes/params';
import { parseBody, parseParam } from '../../validation';
import { runBuiltin } from '../commands';
import { disabled, requireManager } from './access';
import { builtInCommand } from './built-in';
import { runCommand } from './execute';
import { integrationSettings } from './settings';
import { type CommandRow, type IntegrationStore, stamped } from './store';

/** Mattermost's built-in triggers (app/slashcommands): a custom command may not take one. */
const BUILT_IN_TRIGGERS = new Set([
  'away',
  'code',
  'collapse',
  'dnd',
  'echo',
  'expand',
  'groupmsg',
  'header',
  'help',
  'invite',
  'invite_people',
  'join',
  'kick',
  'leave',
  'logout',
  'me',
  'msg',
  'mute',
  'offline',
  'online',
  'open',
  'purpose',
  'remove',
  'rename',
  'search',
  'settings',
  'shortcuts',
  'shrug',
  'status',
]);

const commandFields = z.object({
  team_id: idSchema,
  trigger: z.string(),
  url: z.string(),
  method: z.enum(['P', 'G', 'p', 'g']).transform((method) => method.toUpperCase()),
  display_name: z.string().max(64).default(''),
  description: z.string().max(128).default(''),
  username: z.string().max(64).default(''),
  icon_url: z.string().max(1024).default(''),
  auto_complete: z.boolean().default(false),
  auto_complete_desc: z.string().max(1024).default(''),
  auto_complete_hint: z.string().max(1024).default(''),
});

type CommandFields = z.infer<typeof commandFields>;

const executeBody = z.object({
  channel_id: idSchema,
  command: z.string().min(1),
  team_id: z.string().optional(),
  root_id: z.string().optional(),
});

const invalid = (field: string, message: string) =>
  new AppError(`model.command.is_valid.${field}.app_error`, message, 400);

/** model.Command.IsValid: what the server refuses whatever the client checked. */
function validate(fields: CommandFields): void {
  const trigger = fields.trigger;
  if (trigger.length < 1 || trigger.length > 128 || trigger.startsWith('/') || trigger.includes(' ')) {
    throw invalid('trigger', 'Invalid trigger.');
  }
  if (!/^https?:\/\/[^\s/]+/i.test(fields.url) || !URL.canParse(fields.url)) {
    throw invalid('url_http', 'Invalid URL. Must be a valid URL and start with http:// or https://.');
  }
}

export function registerCommandRoutes(
  api: FastifyInstance,
  ctx: SandboxContext,
  store: IntegrationStore,
): void {
  const enabled = () => {
    if (!integrationSettings(ctx.stores.db).EnableCommands) {
      throw disabled('api.command.disabled.app_error', 'Commands have been disabled by the system admin.');
    }
  };
  const refuseTaken = (fields: CommandFields, exceptId = '') => {
    const taken =
      BUILT_IN_TRIGGERS.has(fields.trigger) ||
      store.commands.forTeam(fields.team_id).some((c) => c.trigger === fields.trigger && c.id !== exceptId);
    if (taken) {
      throw new AppError(
        'api.command.duplicate_trigger.app_error',
        'This trigger word is already in use. Please choose another word.',
        400,
      );
    }
  };
  const managedCommand = (request: Parameters<typeof authOf>[0]): CommandRow => {
    const command = store.commands.byId(idParam(request, 'command_id'));
    if (!command) throw notFound('app.command.getcommand.app_error', 'We could not get the command.');
    requireManager(ctx, authOf(request), command.team_id, 'manage_slash_commands');
    return command;
  };

  api.post('/api/v4/commands', async (request, reply) => {
    enabled();
    const auth = authOf(request);
    const fields = parseBody(commandFields, request.body);
    requireManager(ctx, auth, fields.team_id, 'manage_slash_commands');
    fields.trigger = fields.trigger.toLowerCase();
    validate(fields);
    refuseTaken(fields);
    reply.code(201);
    return store.commands.insert(stamped({ ...fields, creator_id: auth.user.id, token: newId() }));
  });

  api.get('/api/v4/commands', async (request) => {
    enabled();
    const auth = authOf(request);
    const query = parseParam(
      z.object({ team_id: idSchema, custom_only: z.string().optional() }),
      request.query,
      'query',
    );
    if (!ctx.stores.teams.isMember(query.team_id, auth.user.id) && !auth.isAdmin) {
      throw new AppError(
        'api.context.permissions.app_error',
        'You do not have the appropriate permissions.',
        403,
      );
    }
    // Members see the commands they can run (autocomplete); managers see every custom command of the team.
    const commands = store.commands.forTeam(query.team_id);
    if (query.custom_only === 'true') requireManager(ctx, auth, query.team_id, 'manage_slash_commands');
    return commands;
  });

  api.get('/api/v4/commands/:command_id', async (request) => {
    enabled();
    return managedCommand(request);
  });

  api.put('/api/v4/commands/:command_id', async (request) => {
    enabled();
    const command = managedCommand(request);
    const fields = parseBody(commandFields.extend({ id: idSchema }), request.body);
    if (fields.team_id !== command.team_id) {
      throw new AppError(
        'api.command.team_mismatch.app_error',
        'Unable to update commands across teams.',
        400,
      );
    }
    fields.trigger = fields.trigger.toLowerCase();
    validate(fields);
    refuseTaken(fields, command.id);
    return store.commands.update({ ...command, ...fields, id: command.id, update_at: Date.now() });
  });

  api.delete('/api/v4/commands/:command_id', async (request) => {
    enabled();
    store.commands.remove(managedCommand(request).id);
    return statusOk;
  });

  api.post('/api/v4/commands/execute', async (request) => {
    const auth = authOf(request);
    const body = parseBody(executeBody, request.body);
    const channel = readableChannel(ctx, auth, ctx.stores.channels.byId(body.channel_id));
    if (!ctx.stores.channels.isMember(channel.id, auth.user.id)) {
      throw new AppError(
        'api.context.permissions.app_error',
        'You do not have the appropriate permissions.',
        403,
      );
    }
    // Mattermost tries its built-in commands (/echo, /me, …) before the team's custom ones.
    const builtin = runBuiltin(ctx, { auth, channel, command: body.command, rootId: body.root_id ?? '' });
    if (builtin) return builtin;
    const [word, ...rest] = body.command.trim().split(/\s+/);
    const trigger = word.replace(/^\//, '').toLowerCase();
    const builtIn = builtInCommand(ctx, trigger, {
      channel,
      user: auth.user,
      text: rest.join(' '),
      rootId: body.root_id,
    });
    if (builtIn) return builtIn;
    const command = integrationSettings(ctx.stores.db).EnableCommands
      ? store.commands.forTeam(channel.team_id).find((c) => c.trigger === trigger)
      : undefined;
    if (!command) {
      throw new AppError(
        'api.command.execute_command.not_found.app_error',
        `Command with a trigger of '${word}' not found.`,
        404,
      );
    }
    return runCommand(ctx, {
      command,
      channel,
      user: auth.user,
      text: rest.join(' '),
      word,
      rootId: body.root_id,
    });
  });
}
