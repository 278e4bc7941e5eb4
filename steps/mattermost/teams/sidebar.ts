import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { CHANNEL } from '../selectors';
import type { ScenarioTeam } from './fixtures';

/**
 * The team sidebar of the Mattermost web app (components/team_sidebar): `#teamSidebarWrapper`, one link per team
 * `#<team name>TeamButton` to `/<team name>`, the current team's `.team-container` with class `active`.
 */
export const TEAM_SIDEBAR = {
  wrapper: '#teamSidebarWrapper',
  button: (teamName: string) => `[id="${teamName}TeamButton"]`,
  active: '.team-container.active',
} as const;

/**
 * The team's button in the sidebar. A team added while the app was open shows up through the `added_to_team`
 * event; if the app missed it (its socket was still connecting), a reload shows it, as it would for a tester.
 */
export async function teamButton(world: CasebookWorld, page: Page, team: ScenarioTeam) {
  const button = page.locator(TEAM_SIDEBAR.button(team.name));
  try {
    await button.waitFor({ state: 'visible', timeout: Math.min(world.timeouts.expectMs, 3_000) });
  } catch {
    await page.reload();
    await expectVisible(
      button,
      `the button of ${team.display_name} in the team sidebar`,
      world.timeouts.navigationMs,
    );
  }
  return button;
}

/** Clicks the team's button, as a tester switches teams, and waits for that team's channel view. */
export async function clickTeam(world: CasebookWorld, page: Page, team: ScenarioTeam): Promise<void> {
  await (await teamButton(world, page, team)).click();
  await page.waitForURL((url) => url.pathname.startsWith(`/${team.name}/`), {
    timeout: world.timeouts.navigationMs,
  });
  await page
    .locator(CHANNEL.view)
    .first()
    .waitFor({ state: 'visible', timeout: world.timeouts.navigationMs });
}

/** The URL name of the team the page shows (the first part of the path), or '' off a team page. */
export function currentTeamName(page: Page): string {
  const [, first = ''] = new URL(page.url()).pathname.split('/');
  return decodeURIComponent(first);
}

/** Whether the team's button is the highlighted (active) one of the team sidebar. */
export async function isActiveTeam(page: Page, team: ScenarioTeam): Promise<boolean> {
  return page.locator(`${TEAM_SIDEBAR.button(team.name)} ${TEAM_SIDEBAR.active}`).isVisible();
}
