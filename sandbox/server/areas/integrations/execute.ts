import { newId } from '../../auth/ids';
import type { SandboxContext } from '../../context';
import type { ChannelRow } from '../../db/channels';
import type { UserRow } from '../../db/users';
import { AppError } from '../../errors';
import { postFromIntegration } from './integration-post';
import type { CommandRow } from './store';

/** How long the command's server may take to answer (Mattermost waits 30 s; a test should not). */
const REQUEST_TIMEOUT_MS = 10_000;

interface Invocation {
  command: CommandRow;
  channel: ChannelRow;
  user: UserRow;
  /** The words after the trigger. */
  text: string;
  /** The trigger as typed ("/weather"), for error messages. */
  word: string;
  rootId?: string;
}

/** The command server's answer (Mattermost's CommandResponse), the fields the sandbox uses. */
interface CommandResponse {
  response_type?: string;
  text?: string;
  username?: string;
  icon_url?: string;
  attachments?: unknown[];
  props?: Record<string, unknown>;
}

/**
 * Runs a custom slash command as Mattermost's app.ExecuteCommand does: an HTTP POST (form body) or GET (query)
 * to the command's URL with channel, team, user and token fields; an `in_channel` answer becomes a post by the
 * command's creator, from_webhook with the command's (or the answer's) username and icon; an ephemeral answer
 * is returned to the caller only.
 */
export async function runCommand(ctx: SandboxContext, call: Invocation): Promise<CommandResponse> {
  const response = await callCommandServer(ctx, call);
  const text = response.text ?? '';
  if (response.response_type === 'in_channel' && (text.trim() || response.attachments?.length)) {
    postFromIntegration(ctx, {
      channel: call.channel,
      userId: call.command.creator_id,
      text,
      username: response.username || call.command.username,
      iconUrl: response.icon_url || call.command.icon_url,
      attachments: response.attachments,
      rootId: call.rootId,
      props: response.props,
    });
  }
  return { ...response, response_type: response.response_type || 'ephemeral', text };
}

async function callCommandServer(ctx: SandboxContext, call: Invocation): Promise<CommandResponse> {
  const team = ctx.stores.teams.byId(call.channel.team_id);
  const fields = new URLSearchParams({
    channel_id: call.channel.id,
    channel_name: call.channel.name,
    command: `/${call.command.trigger}`,
    response_url: '',
    team_domain: team?.name ?? '',
    team_id: call.channel.team_id,
    text: call.text,
    token: call.command.token,
    trigger_id: newId(),
    user_id: call.user.id,
    user_name: call.user.username,
  });
  const isGet = call.command.method === 'G';
  const url = new URL(call.command.url);
  if (isGet) for (const [key, value] of fields) url.searchParams.append(key, value);
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: isGet ? 'GET' : 'POST',
      headers: {
        Accept: 'application/json',
        Authorization: `Token ${call.command.token}`,
        ...(isGet ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }),
      },
      body: isGet ? undefined : fields.toString(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new AppError(
      'api.command.execute_command.failed.app_error',
      `Command with a trigger of '${call.word}' failed.`,
      500,
      String(error),
    );
  }
  if (!answer.ok) {
    throw new AppError(
      'api.command.execute_command.failed_resp.app_error',
      `Command with a trigger of '${call.word}' returned response ${answer.status}.`,
      500,
    );
  }
  const body = await answer.text();
  // Mattermost takes a non-JSON answer as the text of an ephemeral response.
  if (!(answer.headers.get('content-type') ?? '').includes('application/json')) return { text: body };
  try {
    return JSON.parse(body) as CommandResponse;
  } catch {
    throw new AppError(
      'api.command.execute_command.failed.app_error',
      `Command with a trigger of '${call.word}' failed.`,
      500,
      'the answer is not valid JSON',
    );
  }
}
