import { defineStep } from '@cucumber/cucumber';
import type { Locator, Page } from 'playwright';
import { expect } from 'playwright/test';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { apiGet } from './mattermost/api';
import { asAdmin } from './mattermost/console/changes';
import { openConsoleMenu } from './mattermost/console/navbar';

/**
 * "Open System Console, click the hamburger main menu and verify options as described": the console (as the
 * system admin), then its header menu; the options are the expected lines that follow.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`open\s+(?:the\s+)?system\s+console,?\s+(?:and\s+|then\s+)?click\s+(?:on\s+)?the\s+(?:hamburger\s+)?(?:main\s+)?menu(?:\s+icon)?(?:,?\s+and\s+verify\s+(?:the\s+)?options(?:\s+as\s+described)?)?`,
    ),
    async function (this: CasebookWorld) {
      const page = await asAdmin(this);
      if (!new URL(page.url()).pathname.startsWith('/admin_console')) await page.goto('/admin_console');
      await openConsoleMenu(page, this.timeouts.navigationMs);
    },
  ),
);

/** The menu on screen: the one a line before opened (the console's header menu, the main menu). */
function openMenu(page: Page) {
  return page.getByRole('menu').filter({ visible: true }).first();
}

/** "Switch to <team>" for each team of the user, or "Team Selection" for a user on no team (AdminNavbarDropdown). */
async function expectTeamItems(page: Page, menu: Locator, timeoutMs: number): Promise<void> {
  const teams = await apiGet<{ display_name: string }[]>(page.context(), '/api/v4/users/me/teams');
  const wanted = teams.length ? teams.map((team) => `Switch to ${team.display_name}`) : ['Team Selection'];
  for (const text of wanted) {
    await expect(menu.getByRole('menuitem', { name: text, exact: true }), text).toBeVisible({
      timeout: timeoutMs,
    });
  }
}

/** The menu item of that text is a link to exactly that address (in a new tab when `newTab`). */
async function expectLinkItem(menu: Locator, text: string, url: string, newTab: boolean, timeoutMs: number) {
  const link = menu.getByRole('menuitem', { name: text, exact: true }).getByRole('link');
  await expect(link, `the "${text}" menu item`).toBeVisible({ timeout: timeoutMs });
  await expect(link, `where "${text}" links to`).toHaveAttribute('href', url);
  if (newTab) await expect(link, `"${text}" opens a new tab`).toHaveAttribute('target', '_blank');
}

/**
 * What the open menu offers, as the main-menu cases list it: "Switch to {team names} (or Team Selection, if not
 * on any teams)" (an item per team of the user), "`Administrator's Guide` - links to: https://… (new tab)" (the
 * item is a link to exactly that address, opened in a new tab).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(switch\s+to\s+\{team\s+names?\})(?:\s*\(or\s+team\s+selection,?\s+if\s+not\s+on\s+any\s+teams?\))?|\x60([^\x60]+)\x60\s*[-–—]\s*links\s+to:?\s+(\S+?)(\s+\(new\s+tab\))?)`,
    ),
    async function (
      this: CasebookWorld,
      teamItems: string | null,
      text: string | null,
      url: string | null,
      newTab: string | null,
    ) {
      const page = await this.page();
      const menu = openMenu(page);
      await menu.waitFor({ timeout: this.timeouts.actionMs });
      if (teamItems) await expectTeamItems(page, menu, this.timeouts.actionMs);
      else await expectLinkItem(menu, text ?? '', url ?? '', Boolean(newTab), this.timeouts.actionMs);
    },
  ),
);
