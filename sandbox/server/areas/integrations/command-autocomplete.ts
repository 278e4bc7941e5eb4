import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError } from '../../errors';
import { idParam } from '../../routes/params';
import { parseParam } from '../../validation';
import type { IntegrationStore } from './store';

/**
 * What Mattermost's built-in commands tell the autocomplete (each provider's GetCommand; texts of en.json:
 * api.command_<name>.desc / .hint). `text` marks the commands whose AutocompleteData takes one free-text
 * argument (AddTextArgument with the hint as help text and hint), which the suggestions keep showing after
 * "/<trigger> ".
 */
interface BuiltInAutocomplete {
  trigger: string;
  desc: string;
  hint: string;
  text?: boolean;
}

const BUILT_INS: BuiltInAutocomplete[] = [
  { trigger: 'away', desc: 'Set your status away', hint: '' },
  { trigger: 'code', desc: 'Display text as a code block', hint: '[text]', text: true },
  { trigger: 'collapse', desc: 'Turn on auto-collapsing of image previews', hint: '' },
  { trigger: 'dnd', desc: 'Do not disturb disables desktop and mobile push notifications.', hint: '' },
  { trigger: 'echo', desc: 'Echo back text from your account', hint: "'message' [delay in seconds]" },
  { trigger: 'expand', desc: 'Turn off auto-collapsing of image previews', hint: '' },
  { trigger: 'header', desc: 'Edit the channel header', hint: '[text]', text: true },
  { trigger: 'help', desc: 'Show Mattermost help message', hint: '' },
  { trigger: 'join', desc: 'Join the open channel', hint: '~[channel]' },
  { trigger: 'leave', desc: 'Leave the current channel', hint: '' },
  { trigger: 'logout', desc: 'Logout of Mattermost', hint: '' },
  { trigger: 'me', desc: 'Do an action', hint: '[message]' },
  { trigger: 'msg', desc: 'Send Direct Message to a user', hint: "@[username] 'message'" },
  { trigger: 'offline', desc: 'Set your status offline', hint: '' },
  { trigger: 'online', desc: 'Set your status online', hint: '' },
  { trigger: 'purpose', desc: 'Edit the channel purpose', hint: '[text]', text: true },
  { trigger: 'rename', desc: 'Rename the channel', hint: '[text]', text: true },
  { trigger: 'search', desc: 'Search text in messages', hint: '[text]' },
  { trigger: 'settings', desc: 'Open the Settings dialog', hint: '' },
  { trigger: 'shortcuts', desc: 'Displays a list of keyboard shortcuts', hint: '' },
  { trigger: 'shrug', desc: 'Adds ¯\\_(ツ)_/¯ to your message', hint: '[message]' },
];

/** Mattermost's AutocompleteSuggestion (`@mattermost/types/integrations`). */
interface AutocompleteSuggestion {
  Complete: string;
  Suggestion: string;
  Hint: string;
  Description: string;
  IconData: string;
}

interface Listed {
  trigger: string;
  desc: string;
  hint: string;
  text: boolean;
}

const suggestionsQuery = z.object({
  user_input: z.string().startsWith('/'),
  channel_id: z.string().optional(),
  root_id: z.string().optional(),
});

/**
 * `GET /api/v4/teams/{team_id}/commands/autocomplete` (the commands a member may autocomplete: the built-ins and
 * the team's custom commands with autocomplete on, Client4 listCommandsAutocomplete) and
 * `GET …/commands/autocomplete_suggestions?user_input=` (Client4 getCommandAutocompleteSuggestionsList): for
 * "/re" every trigger starting so with its hint and description; for "/rename " the text argument's hint. Team
 * members only (403).
 */
export function registerCommandAutocompleteRoutes(
  api: FastifyInstance,
  ctx: SandboxContext,
  store: IntegrationStore,
): void {
  const listed = (request: Parameters<typeof authOf>[0]): Listed[] => {
    const auth = authOf(request);
    const teamId = idParam(request, 'team_id');
    if (!ctx.stores.teams.isMember(teamId, auth.user.id)) {
      throw new AppError(
        'api.context.permissions.app_error',
        'You do not have the appropriate permissions.',
        403,
      );
    }
    const custom = store.commands
      .forTeam(teamId)
      .filter((command) => command.auto_complete)
      .map((command) => ({
        trigger: command.trigger,
        desc: command.auto_complete_desc,
        hint: command.auto_complete_hint,
        text: false,
      }));
    return [...BUILT_INS.map((command) => ({ ...command, text: Boolean(command.text) })), ...custom];
  };

  api.get('/api/v4/teams/:team_id/commands/autocomplete', async (request) =>
    listed(request).map((command) => ({
      trigger: command.trigger,
      auto_complete: true,
      auto_complete_desc: command.desc,
      auto_complete_hint: command.hint,
      display_name: command.trigger,
    })),
  );

  api.get('/api/v4/teams/:team_id/commands/autocomplete_suggestions', async (request) => {
    const query = parseParam(suggestionsQuery, request.query, 'query');
    return suggestionsFor(listed(request), query.user_input);
  });
}

/** What Mattermost's autocomplete parser suggests for `input` ("/re", "/rename ", "/rename new name"). */
export function suggestionsFor(commands: Listed[], input: string): AutocompleteSuggestion[] {
  const typed = input.slice(1);
  const space = typed.indexOf(' ');
  if (space < 0) {
    const prefix = typed.toLowerCase();
    return commands
      .filter((command) => command.trigger.startsWith(prefix))
      .sort((a, b) => a.trigger.localeCompare(b.trigger))
      .map((command) => ({
        Complete: command.trigger,
        Suggestion: command.trigger,
        Hint: command.hint,
        Description: command.desc,
        IconData: '',
      }));
  }
  const trigger = typed.slice(0, space).toLowerCase();
  const command = commands.find((item) => item.trigger === trigger && item.text);
  if (!command) return [];
  // A text argument suggests nothing to pick, only its hint (help text and hint are both the hint here).
  return [{ Complete: typed, Suggestion: '', Hint: command.hint, Description: command.hint, IconData: '' }];
}
