import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { clickFirstVisible, openMainMenu } from '../menus';
import { CHANNEL } from '../selectors';
import { asAdmin, rememberSelectedTeam, type ScenarioTeam, scenarioTeam, userId } from './fixtures';
import { clickTeam } from './sidebar';

/** The "Leave the team?" confirmation of the web app (components/leave_team_modal). */
export const LEAVE_TEAM = {
  menuItem: '#leaveTeam',
  modal: '#leaveTeamModal',
  yes: '#leaveTeamYes',
  no: '#leaveTeamNo',
} as const;

/** Teams left or removed from in this scenario, and the team the user was on before (to tell "another team"). */
const leftOf = new WeakMap<CasebookWorld, ScenarioTeam>();

export function rememberLeftTeam(world: CasebookWorld, team: ScenarioTeam): void {
  leftOf.set(world, team);
}

export function leftTeam(world: CasebookWorld): ScenarioTeam | undefined {
  return leftOf.get(world);
}

/**
 * Makes the default user a member of several teams (the shared one and the scenario's Team A) and opens the
 * app; the returned team is the scenario's, the one a case may leave without touching shared state.
 */
export async function joinSeveralTeams(world: CasebookWorld): Promise<{ page: Page; team: ScenarioTeam }> {
  const team = await scenarioTeam(world, 'A');
  const page = await world.appPage();
  return { page, team };
}

/** Main menu → Leave Team, then the confirmation's Yes (or No). */
export async function leaveTeamThroughMenu(
  world: CasebookWorld,
  page: Page,
  confirm: boolean,
): Promise<void> {
  const timeout = world.timeouts.expectMs;
  if (!(await openMainMenu(page, timeout)))
    throw new Error('the app shows no main menu to leave the team from');
  if (!(await clickFirstVisible([page.locator(LEAVE_TEAM.menuItem)], timeout))) {
    throw new Error('the main menu has no "Leave Team" item');
  }
  const modal = page.locator(LEAVE_TEAM.modal);
  await expectVisible(modal, 'the "Leave the team?" confirmation', timeout);
  await modal.locator(confirm ? LEAVE_TEAM.yes : LEAVE_TEAM.no).click();
}

/** Opens the team (as a tester clicks it in the team sidebar) before it is left or changed. */
export async function viewTeam(world: CasebookWorld, page: Page, team: ScenarioTeam): Promise<void> {
  if (!page.url().includes(`/${team.name}/`)) await clickTeam(world, page, team);
}

/** A system admin removes the default test user from the team through the REST API (as in another browser). */
export async function removeTestUserFromTeam(world: CasebookWorld, team: ScenarioTeam): Promise<void> {
  await asAdmin(world, async (admin) => {
    const id = await userId(admin, world.credentials('default').username);
    await admin.send('DELETE', `/api/v4/teams/${team.id}/members/${id}`);
  });
}

/** A system admin makes the default test user a team admin of the team (`PUT /teams/{id}/members/{uid}/roles`). */
export async function promoteTestUser(world: CasebookWorld, team: ScenarioTeam): Promise<void> {
  await asAdmin(world, async (admin) => {
    const id = await userId(admin, world.credentials('default').username);
    await admin.send('PUT', `/api/v4/teams/${team.id}/members/${id}/roles`, {
      roles: 'team_user team_admin',
    });
  });
}

/** Whether the default test user is still a member of the team (asked of the server, not the screen). */
export function isTestUserMember(world: CasebookWorld, team: ScenarioTeam): Promise<boolean> {
  return asAdmin(world, async (admin) => {
    const id = await userId(admin, world.credentials('default').username);
    const members = await admin.get<{ user_id: string }[]>(`/api/v4/teams/${team.id}/members`);
    return members.some((member) => member.user_id === id);
  });
}

/**
 * The test user made a team admin (not a system admin) of the scenario's own team, and that team on screen:
 * what the user does to the team and its members never reaches the shared team. The app reads the user's team
 * roles when it loads the team, hence the reload (the main menu then offers Team Settings and Manage Members).
 */
export async function signInAsTeamAdmin(world: CasebookWorld): Promise<{ page: Page; team: ScenarioTeam }> {
  const team = await scenarioTeam(world, 'A');
  await promoteTestUser(world, team);
  const page = await world.appPage();
  await viewTeam(world, page, team);
  await page.reload();
  await expectVisible(page.locator(CHANNEL.view).first(), 'the channel view', world.timeouts.navigationMs);
  rememberSelectedTeam(world, team);
  return { page, team };
}
