import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { messageBox } from '../autocomplete/suggestions';

/**
 * The slash-command autocomplete (Mattermost's CommandSuggestion in `#suggestionList`): each item's
 * `.slash-command__title` reads "<command> <hint>", and once "/<trigger> " is typed the list keeps the argument's
 * hint. The "tip" of a command is its `auto_complete_hint` (`GET /teams/{id}/commands/autocomplete`).
 */
export const COMMAND_SUGGESTIONS = {
  title: '#suggestionList .slash-command .slash-command__title',
};

interface AutocompleteCommand {
  trigger: string;
  auto_complete_hint: string;
}

/** The command being typed in the message box ("/rename " → rename) and the box's text. */
export async function typedCommand(page: Page): Promise<{ trigger: string; text: string }> {
  const { box } = await messageBox(page);
  const text = await box.inputValue();
  const trigger = /^\/(\S+)/.exec(text)?.[1];
  if (!trigger) throw new Error(`the message box holds no slash command ("${text}"): type one first`);
  return { trigger: trigger.toLowerCase(), text };
}

/** The hint Mattermost's command list gives for `trigger` in the team the page shows. */
export async function commandTip(page: Page, trigger: string): Promise<string> {
  const teamName = new URL(page.url()).pathname.split('/')[1];
  const teams = await apiGet<{ id: string; name: string }[]>(page.context(), '/api/v4/users/me/teams');
  const team = teams.find((item) => item.name === teamName);
  if (!team) throw new Error(`the page (${page.url()}) is not in a team of the user`);
  const commands = await apiGet<AutocompleteCommand[]>(
    page.context(),
    `/api/v4/teams/${team.id}/commands/autocomplete`,
  );
  const command = commands.find((item) => item.trigger === trigger);
  if (!command) throw new Error(`/${trigger} is not a command of team ${teamName}: it has no tip`);
  if (!command.auto_complete_hint) throw new Error(`/${trigger} has no autocomplete hint to show`);
  return command.auto_complete_hint;
}

const SETTLE_MS = 1_500;

/**
 * Whether the list shows a suggestion with `tip` in its title: waits for it up to the expect timeout; for an
 * absence, watches the list for a while first (the answer to the last key may still be on its way).
 */
export async function tipShown(world: CasebookWorld, page: Page, tip: string, expectShown: boolean) {
  const titles = page.locator(COMMAND_SUGGESTIONS.title).filter({ hasText: tip, visible: true });
  const wait = expectShown ? world.timeouts.expectMs : SETTLE_MS;
  const deadline = Date.now() + wait;
  do {
    if ((await titles.count()) > 0 && expectShown) return true;
    await page.waitForTimeout(150);
  } while (Date.now() < deadline);
  return (await titles.count()) > 0;
}
