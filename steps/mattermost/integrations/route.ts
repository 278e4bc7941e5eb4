import type { CasebookWorld } from '../../../support/world';
import { definePathRoute } from '../../generic/routes';
import { asAdmin } from '../console/changes';
import { removeScenarioIntegrations } from './cleanup';
import { BACKSTAGE } from './selectors';

const MENU_OPENER =
  /^(?:☰\s*)?(?:the\s+)?(?:hamburger(?:\s+main)?(?:\s+menu|\s+icon)?|main\s+menu|product\s+menu|☰(?:\s+menu)?)$/i;
const ENTRY = /^(?:the\s+)?integrations(?:\s+page)?$/i;

function entryIndex(path: string[]): number {
  let i = 0;
  while (i < path.length && MENU_OPENER.test(path[i])) i++;
  return i < path.length && ENTRY.test(path[i]) ? i : -1;
}

/**
 * Into the backstage Integrations pages, where the rest of the path is clicked by name ("Slash Commands > Add
 * Slash Command"). Managing integrations needs a team or system admin by default (Mattermost's
 * manage_slash_commands, manage_*_webhooks), as the testers who write these cases are: a session logged in as
 * someone else logs in as the admin first. What the scenario creates there is removed after it.
 */
async function enterIntegrations(world: CasebookWorld): Promise<void> {
  const page = await asAdmin(world);
  removeScenarioIntegrations(world);
  if (/\/integrations(?:\/|$)/.test(new URL(page.url()).pathname)) {
    await page.getByRole('link', { name: 'Integrations', exact: true }).first().click();
  } else {
    await page.locator('#sidebarHeaderDropdownButton').click({ timeout: world.timeouts.actionMs });
    await page.locator(BACKSTAGE.menuItem).click({ timeout: world.timeouts.actionMs });
  }
  await page.locator('.integrations-list').waitFor({ timeout: world.timeouts.navigationMs });
}

definePathRoute({
  name: 'Integrations',
  handles: (path) => entryIndex(path) >= 0,
  async follow(world, path) {
    await enterIntegrations(world);
    return path.slice(entryIndex(path) + 1);
  },
});
