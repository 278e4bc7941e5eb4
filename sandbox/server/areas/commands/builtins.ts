/**
 * Mattermost's built-in slash commands that only post text (server/channels/app/slashcommands: command_echo.go,
 * command_me.go, command_shrug.go, command_code.go). Each turns its argument into a CommandResponse; the route
 * posts `in_channel` answers as the caller and shows `ephemeral` ones to the caller alone. Texts are Mattermost's.
 */
export interface CommandAnswer {
  response_type: 'in_channel' | 'ephemeral';
  text: string;
  /** Post type of an in-channel answer: "me" for /me (rendered like a system message). */
  type?: string;
  /** Seconds before the answer is posted (/echo's optional delay). */
  delaySeconds?: number;
}

type Builtin = (argument: string) => CommandAnswer;

// command_echo.go: at most 10000 seconds of delay.
const MAX_ECHO_DELAY_SECONDS = 10000;

const ephemeral = (text: string): CommandAnswer => ({ response_type: 'ephemeral', text });

/** `/echo message [delay]`, `/echo "message with spaces" [delay]`: the message comes back from the caller. */
function echo(argument: string): CommandAnswer {
  let message = argument.trim();
  if (message === '') return ephemeral('A message must be provided with the /echo command.');
  let delay = 0;
  const closingQuote = message.lastIndexOf('"');
  if (message.startsWith('"') && closingQuote > 1) {
    const after = Number.parseInt(message.slice(closingQuote).replace(/^[\s"]+|[\s"]+$/g, ''), 10);
    if (Number.isInteger(after)) delay = after;
    message = message.slice(1, closingQuote);
  } else if (message.includes(' ')) {
    const lastSpace = message.lastIndexOf(' ');
    const tail = message.slice(lastSpace).trim();
    if (/^-?\d+$/.test(tail)) {
      delay = Number(tail);
      message = message.slice(0, lastSpace);
    }
  }
  if (delay > MAX_ECHO_DELAY_SECONDS) return ephemeral('Delays must be under 10000 seconds.');
  return { response_type: 'in_channel', text: message, delaySeconds: Math.max(0, delay) };
}

const me: Builtin = (argument) => ({ response_type: 'in_channel', type: 'me', text: `*${argument.trim()}*` });

function shrug(argument: string): CommandAnswer {
  const shrugged = String.raw`¯\\\_(ツ)\_/¯`;
  const message = argument.trim();
  return { response_type: 'in_channel', text: message ? `${message} ${shrugged}` : shrugged };
}

/** `/code text`: the text as a code block (each line indented by four spaces). */
function code(argument: string): CommandAnswer {
  if (argument.trim() === '') return ephemeral('A message must be provided with the /code command.');
  return { response_type: 'in_channel', text: `    ${argument.split('\n').join('\n    ')}` };
}

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map([
  ['echo', echo],
  ['me', me],
  ['shrug', shrug],
  ['code', code],
]);

/** "/Me test" → trigger "me" (Mattermost lowercases triggers), argument "test" (newlines kept for /code). */
export function splitCommand(command: string): { trigger: string; argument: string } {
  const match = /^\/(\S+)(?:[ \t]+([\s\S]*))?$/.exec(command.trim());
  if (!match) return { trigger: '', argument: '' };
  return { trigger: match[1].toLowerCase(), argument: match[2] ?? '' };
}
