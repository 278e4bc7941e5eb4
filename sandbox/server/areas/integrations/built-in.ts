import type { SandboxContext } from '../../context';
import type { ChannelRow } from '../../db/channels';
import type { UserRow } from '../../db/users';
import { AppError } from '../../errors';

/** What a built-in command answers (CommandResponse). */
interface BuiltInAnswer {
  response_type: string;
  text: string;
}

interface BuiltInCall {
  channel: ChannelRow;
  user: UserRow;
  text: string;
  rootId?: string;
}

// Mattermost's /echo refuses delays over 10000 seconds.
const MAX_ECHO_DELAY_S = 10_000;

/**
 * The built-in commands the sandbox runs (Mattermost's app/slashcommands): `/me text` posts the text as the
 * user with type "me" (shown in italics), `/echo "text" [delay]` posts it as the user after `delay` seconds.
 * Undefined for a trigger that is not one of them.
 */
export function builtInCommand(
  ctx: SandboxContext,
  trigger: string,
  call: BuiltInCall,
): BuiltInAnswer | undefined {
  const post = (message: string, type = '') => {
    const created = ctx.stores.posts.create({
      channel_id: call.channel.id,
      user_id: call.user.id,
      message,
      type,
      root_id: call.rootId ?? '',
    });
    ctx.stores.channels.recordPost(call.channel.id, created.create_at);
    ctx.hub.publishPost(call.channel, created, call.user);
  };
  switch (trigger) {
    case 'me':
      // Mattermost's /me posts the text in asterisks (italics) with the post type "me".
      post(`*${call.text.trim()}*`, 'me');
      return { response_type: 'in_channel', text: '' };
    case 'echo':
      return echo(call.text, post);
    default:
      return undefined;
  }
}

function echo(text: string, post: (message: string) => void): BuiltInAnswer {
  const quoted = /^\s*"([^"]*)"\s*(\d+)?\s*$/.exec(text);
  const plain = /^\s*(.*?)(?:\s+(\d+))?\s*$/.exec(text);
  const message = quoted ? quoted[1] : (plain?.[1] ?? '');
  const delay = Number((quoted ? quoted[2] : plain?.[2]) ?? 0);
  if (!message.trim()) {
    throw new AppError(
      'api.command_echo.message.app_error',
      'A message must be provided with the /echo command.',
      400,
    );
  }
  if (delay > MAX_ECHO_DELAY_S) {
    throw new AppError('api.command_echo.delay.app_error', 'Delays must be under 10000 seconds.', 400);
  }
  if (delay > 0) setTimeout(() => post(message), delay * 1000).unref();
  else post(message);
  return { response_type: 'in_channel', text: '' };
}
