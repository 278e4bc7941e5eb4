import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { LABEL, sentence, unquote } from './generic/phrase';
import './mattermost';
import { expectChannelShown } from './mattermost/channels';
import {
  isTestUserMember,
  joinSeveralTeams,
  LEAVE_TEAM,
  leaveTeamThroughMenu,
  leftTeam,
  promoteTestUser,
  rememberLeftTeam,
  removeTestUserFromTeam,
  viewTeam,
} from './mattermost/teams/actions';
import {
  rememberSelectedTeam,
  type ScenarioTeam,
  scenarioTeam,
  scenarioTeams,
  selectedTeam,
  teamLabel,
} from './mattermost/teams/fixtures';
import { clickTeam, currentTeamName, isActiveTeam, TEAM_SIDEBAR } from './mattermost/teams/sidebar';

/**
 * Teams: a case's "TeamA", "Team B", "TeamC" are teams of its own (steps/mattermost/teams/fixtures.ts), made by a
 * system admin with both test users as members and archived afterwards; the user moves between them with the
 * team sidebar, leaves one with main menu → Leave Team, and a system admin removes or promotes the user over REST
 * (what the case does "in a separate browser").
 */

/** Scenarios in which a confirmation modal was answered ("Click No in confirmation modal"). */
const answeredConfirmation = new WeakSet<CasebookWorld>();

const TEAM = String.raw`team\s*-?\s*([a-z0-9])\b`;
const SEVERAL = String.raw`(?:multiple|several|a\s+few)\s+teams`;

/**
 * "Login as the test user and Select TeamA", "With the same test user, switch over to TeamB", "Switch to Team B",
 * "As a member of multiple teams, User A view TeamA", "With an account that is a member of a few teams, in the
 * LHS team sidebar, click on a team icon that you're not currently in": the team's button in the team sidebar.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:as\s+a\s+member\s+of\s+${SEVERAL},?\s+)?(?:(?:log\s?in|login)\s+as\s+(?:the\s+)?test\s+user,?\s+and\s+|with\s+the\s+same\s+test\s+user,?\s+|user\s+a\s+)?(?:select|switch\s+(?:over\s+)?to|view)\s+${TEAM}|with\s+an\s+account\s+that\s+is\s+a\s+member\s+of\s+${SEVERAL},?\s+(?:in\s+the\s+(?:LHS\s+)?team\s+sidebar,?\s+)?click\s+on\s+a\s+team\s+icon\s+that\s+you(?:'|’)re\s+not\s+currently\s+in)`,
    ),
    async function (this: CasebookWorld, label: string | null) {
      const team = await scenarioTeam(this, teamLabel(label));
      const page = await this.appPage();
      await clickTeam(this, page, team);
      rememberSelectedTeam(this, team);
    },
  ),
);

/** "Login as a system admin and promote the test user to a Team Admin for TeamA" (REST, as the admin). */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?in|login)\s+as\s+(?:a\s+|the\s+)?system\s*admin(?:istrator)?,?\s+and\s+promote\s+the\s+test\s+user\s+to\s+(?:a\s+)?team\s+admin\s+(?:for|of|on)\s+${TEAM}`,
    ),
    async function (this: CasebookWorld, label: string) {
      await promoteTestUser(this, await scenarioTeam(this, teamLabel(label)));
    },
  ),
);

/**
 * "Town Square is displayed for the team you've selected", "You should see the outline of the team icon
 * highlight as you click on it": the selected team is the current one, its button highlighted (`active`) in the
 * team sidebar, and (for the first) its Town Square open.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(town\s+square)\s+is\s+(not\s+)?(?:displayed|shown)\s+for\s+the\s+team\s+you(?:'|’)ve\s+selected|you\s+should\s+(not\s+)?see\s+the\s+outline\s+of\s+the\s+team\s+icon\s+highlight(?:ed)?(?:\s+as\s+you\s+click\s+on\s+it)?)`,
    ),
    async function (
      this: CasebookWorld,
      townSquare: string | null,
      not1: string | null,
      not2: string | null,
    ) {
      const team = selectedTeam(this);
      const page = await this.appPage();
      const shows = async () =>
        currentTeamName(page) === team.name &&
        (await isActiveTeam(page, team)) &&
        (!townSquare || new URL(page.url()).pathname === `/${team.name}/channels/town-square`);
      const what = townSquare
        ? `Town Square of ${team.display_name}`
        : `the highlighted icon of ${team.display_name}`;
      if (not1 || not2) {
        await page.waitForLoadState('load');
        if (await shows()) throw new Error(`expected not to see ${what}, but it is shown (${page.url()})`);
        return;
      }
      await waitUntil(this, shows, () => `expected ${what}; the page is ${page.url()}`);
      if (townSquare) await expectChannelShown(page, 'Town Square', this.timeouts.expectMs);
    },
  ),
);

/**
 * "As member or admin on a team" (the user views a team of the scenario's, being a member of the shared one too),
 * "As a member of multiple teams, leave one team (Main menu ➜ Leave Team)" (then leaves it through the menu).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`as\s+(?:a\s+)?(?:member\s+or\s+admin|member|admin)\s+(?:on|of|in)\s+(?:a\s+team|${SEVERAL})(?:,?\s+(leave\s+(?:one|a|the)\s+team))?`,
    ),
    async function (this: CasebookWorld, leave: string | null) {
      const { page, team } = await joinSeveralTeams(this);
      await viewTeam(this, page, team);
      rememberSelectedTeam(this, team);
      if (!leave) return;
      await leaveTeamThroughMenu(this, page, true);
      rememberLeftTeam(this, team);
    },
  ),
);

/**
 * "In a separate browser, as system admin or team admin on Team A, remove User A from Team A (…)", "As a Team or
 * System admin, remove a test user from the team.": a system admin removes the default test user over REST.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+a\s+separate\s+browser,?\s+)?as\s+(?:a\s+)?(?:system\s+admin\s+or\s+team\s+admin|team\s+or\s+system\s+admin)(?:\s+on\s+team\s*-?\s*[a-z0-9])?,?\s+remove\s+(?:user\s+a|(?:a|the)\s+test\s+user)\s+from\s+(?:the\s+team|${TEAM})`,
    ),
    async function (this: CasebookWorld, label: string | null) {
      const team = label ? await scenarioTeam(this, teamLabel(label)) : await currentScenarioTeam(this);
      await removeTestUserFromTeam(this, team);
      rememberLeftTeam(this, team);
    },
  ),
);

/** "Click No in confirmation modal", "Click “Cancel” in the confirmation dialog": a button of the open modal. */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?(${LABEL})\s+(?:button\s+)?(?:in|on)\s+(?:the\s+)?confirmation\s+(?:modal|dialog(?:ue)?)`,
    ),
    async function (this: CasebookWorld, label: string) {
      const page = await this.appPage();
      const modal = page.locator('[role="dialog"]:visible, dialog[open]').last();
      await expectVisible(modal, 'a confirmation modal', this.timeouts.expectMs);
      await modal.getByRole('button', { name: unquote(label), exact: true }).click();
      answeredConfirmation.add(this);
    },
  ),
);

/**
 * "Other team displays", "User A no longer sees TeamA, and another team displays": the team the user left (or
 * was removed from) is gone from the screen and from the user's teams, and another team's channel is open.
 * "Modal closes, user does not leave team, no changes": the confirmation is gone, the team still open and kept.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:user\s+a\s+no\s+longer\s+(sees|does\s+not\s+see)\s+${TEAM},?\s+and\s+)?(?:an)?other\s+team\s+(displays|is\s+displayed|does\s+not\s+display|is\s+not\s+displayed)|modal\s+(closes|does\s+not\s+close),?\s+(?:the\s+)?user\s+does\s+(not\s+)?leave\s+(?:the\s+)?team(?:,?\s+no\s+changes)?)`,
    ),
    async function (
      this: CasebookWorld,
      seesNot: string | null,
      _named: string | null,
      displays: string | null,
      closes: string | null,
      not: string | null,
    ) {
      if (displays) {
        const team = leftTeam(this);
        if (!team) throw new Error('no team was left or removed from in this scenario');
        // "no longer does not see TeamA" (a negation) means the team stays, as "another team does not display" does.
        const stays = /not/i.test(displays) || /not/i.test(seesNot ?? '');
        await expectOtherTeam(this, team, !stays);
        return;
      }
      await expectTeamKept(this, closes === 'closes', Boolean(not));
    },
  ),
);

/** After the "Leave the team?" confirmation was answered: whether it closed, and whether the user stayed. */
async function expectTeamKept(world: CasebookWorld, closed: boolean, stayed: boolean): Promise<void> {
  const team = selectedTeam(world);
  if (!answeredConfirmation.has(world))
    throw new Error('no confirmation modal was answered in this scenario');
  const page = await world.appPage();
  const modal = page.locator(LEAVE_TEAM.modal);
  await modal.waitFor({ state: closed ? 'hidden' : 'visible', timeout: world.timeouts.expectMs });
  const stays = currentTeamName(page) === team.name && (await isTestUserMember(world, team));
  if (stays === stayed) return;
  throw new Error(
    stayed
      ? `expected the user still on ${team.display_name}, but the page is ${page.url()} (member: ${stays})`
      : `expected the user to have left ${team.display_name}, but they are still on it`,
  );
}

async function expectOtherTeam(world: CasebookWorld, team: ScenarioTeam, other: boolean): Promise<void> {
  const page = await world.appPage();
  const gone = async () =>
    currentTeamName(page) !== team.name &&
    currentTeamName(page) !== '' &&
    currentTeamName(page) !== 'login' &&
    (await page.locator('#channel_view, [data-testid="channel_view"]').first().isVisible()) &&
    !(await page.locator(TEAM_SIDEBAR.button(team.name)).isVisible());
  if (other) {
    await waitUntil(
      world,
      gone,
      () => `expected another team than ${team.display_name}; the page is ${page.url()}`,
    );
    if (await isTestUserMember(world, team))
      throw new Error(`the user is still a member of ${team.display_name}`);
    return;
  }
  // The app leaves a team's view on its own once told (a websocket event): watch it for the whole wait.
  const deadline = Date.now() + world.timeouts.expectMs;
  while (Date.now() < deadline) {
    if (await gone())
      throw new Error(`expected ${team.display_name} to stay displayed, but ${page.url()} is shown`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The team the user is on when it is one of the scenario's, else the scenario's first team. */
async function currentScenarioTeam(world: CasebookWorld): Promise<ScenarioTeam> {
  const page = await world.appPage();
  const teams = await scenarioTeams(world);
  return teams.find((team) => team.name === currentTeamName(page)) ?? scenarioTeam(world, 'A');
}

async function waitUntil(world: CasebookWorld, holds: () => Promise<boolean>, failure: () => string) {
  const deadline = Date.now() + world.timeouts.expectMs;
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
