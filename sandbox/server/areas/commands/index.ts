import type { Auth } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { ChannelRow } from '../../db/channels';
import type { SandboxArea } from '../area';
import { BUILTINS, type CommandAnswer, splitCommand } from './builtins';

/**
 * Mattermost's built-in slash commands (`builtins.ts`), run by `POST /api/v4/commands/execute` (the integrations
 * area's route, which tries them before the team's custom commands, as Mattermost does). An `in_channel` answer
 * becomes a post of the caller (after /echo's delay); an `ephemeral` one is only returned, for the web app to
 * show "(Only visible to you)".
 */
export interface BuiltinRun {
  auth: Auth;
  channel: ChannelRow;
  command: string;
  rootId: string;
}

// Mattermost's CommandResponse, with the fields the web app reads.
function commandResponse(answer: CommandAnswer) {
  return {
    response_type: answer.response_type,
    text: answer.text,
    type: answer.type ?? '',
    props: {},
    goto_location: '',
    trigger_id: '',
    skip_slack_parsing: false,
    attachments: [],
    extra_responses: [],
  };
}

/** A built-in command of another area (/away sets a status): it gets the sandbox and the caller. */
export type AreaBuiltin = (ctx: SandboxContext, run: BuiltinRun, argument: string) => CommandAnswer;
const areaBuiltins = new Map<string, AreaBuiltin>();
/** When a built-in exists only while a setting is on (/test needs EnableTesting): otherwise its trigger is unknown. */
const availability = new Map<string, (ctx: SandboxContext) => boolean>();

/** Lets an area add a built-in trigger (at module load); a trigger has one meaning. */
export function registerBuiltin(
  trigger: string,
  builtin: AreaBuiltin,
  isOn?: (ctx: SandboxContext) => boolean,
): void {
  if (areaBuiltins.has(trigger) || BUILTINS.has(trigger))
    throw new Error(`the built-in slash command /${trigger} is registered twice`);
  areaBuiltins.set(trigger, builtin);
  if (isOn) availability.set(trigger, isOn);
}

/** The built-in command's response, or undefined when the trigger is not a built-in one. */
export function runBuiltin(
  ctx: SandboxContext,
  run: BuiltinRun,
): ReturnType<typeof commandResponse> | undefined {
  const { trigger, argument } = splitCommand(run.command);
  const on = availability.get(trigger)?.(ctx) ?? true;
  const fromArea = on ? areaBuiltins.get(trigger) : undefined;
  const builtin = BUILTINS.get(trigger);
  if (!builtin && !fromArea) return undefined;
  const answer = fromArea ? fromArea(ctx, run, argument) : builtin!(argument);
  if (answer.response_type === 'in_channel') {
    const post = () => postAnswer(ctx, run, answer);
    // Like command_echo.go, the answer is posted later while the command returns at once.
    if (answer.delaySeconds) setTimeout(post, answer.delaySeconds * 1000).unref();
    else post();
  }
  return commandResponse(answer);
}

function postAnswer(ctx: SandboxContext, run: BuiltinRun, answer: CommandAnswer): void {
  const post = ctx.stores.posts.create({
    channel_id: run.channel.id,
    user_id: run.auth.user.id,
    root_id: run.rootId,
    message: answer.text,
    type: answer.type ?? '',
  });
  ctx.stores.channels.recordPost(run.channel.id, post.create_at);
  ctx.hub.publishPost(run.channel, post, run.auth.user);
}

export const area: SandboxArea = { name: 'commands' };
