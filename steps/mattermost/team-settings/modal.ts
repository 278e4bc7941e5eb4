import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { clickFirstVisible, openMainMenu } from '../menus';
import { CHANNEL } from '../selectors';
import { signInAsTeamAdmin } from '../teams/actions';
import { asAdmin, rememberSelectedTeam, type ScenarioTeam, scenarioTeam } from '../teams/fixtures';

/**
 * The Team Settings modal of the Mattermost web app (components/team_settings_modal, team_settings/team_info_tab):
 * main menu item `#teamSettings`, the modal `#teamSettingsModal` with its Info tab `#infoButton` (the older
 * "General" tab of the cases), `#teamName` (maxLength 15), `#teamDescription` (maxLength 50), and the save panel
 * (`SaveChangesPanel__save-btn` "Save", `SaveChangesPanel__cancel-btn` "Undo").
 */
export const TEAM_SETTINGS = {
  menuItem: '#teamSettings',
  modal: '#teamSettingsModal',
  infoTab: '#infoButton',
  accessTab: '#accessButton',
  name: '#teamName',
  description: '#teamDescription',
  save: '[data-testid="SaveChangesPanel__save-btn"]',
  panel: '.SaveChangesPanel',
  error: '[data-testid="mm-modal-generic-section-item__error"]',
  /** The team name at the top of the left sidebar (older versions' header, the sandbox's). */
  header: '#teamDisplayName, #headerTeamName',
} as const;

/** Mattermost's MAX_TEAMNAME_LENGTH (utils/constants), the `maxLength` of `#teamName`. */
export const TEAM_NAME_MAX = 15;

export type TeamField = 'name' | 'description';

/** What a scenario did in Team Settings: the team, its values when the modal opened, the URL then, what it typed. */
export interface TeamSettingsVisit {
  team: ScenarioTeam;
  before: { display_name: string; description: string };
  url: string;
  field: TeamField;
  typed?: string;
}

const visits = new WeakMap<CasebookWorld, TeamSettingsVisit>();

export function teamSettingsVisit(world: CasebookWorld): TeamSettingsVisit {
  const visit = visits.get(world);
  if (!visit) throw new Error('Team Settings was not opened in this scenario: a line must open it first');
  return visit;
}

/** The team as the server has it now (asked as the system admin, not read off the screen). */
export function serverTeam(world: CasebookWorld, team: ScenarioTeam) {
  return asAdmin(world, (admin) =>
    admin.get<{ display_name: string; description: string }>(`/api/v4/teams/${team.id}`),
  );
}

/**
 * Main menu → Team Settings on the scenario's own team (so what the case saves never reaches the shared team;
 * archived after the scenario), the test user made its team admin first (Team Settings needs manage_team).
 */
export async function openTeamSettings(
  world: CasebookWorld,
): Promise<{ page: Page; modal: Locator; team: ScenarioTeam }> {
  const { page, team } = await signInAsTeamAdmin(world);
  return { page, modal: await openModal(world, page), team };
}

/**
 * The case's "Team Settings -> General > <field> -> Edit": Team Settings' Info tab, and the field focused with its
 * text selected, as a tester about to replace it.
 */
export async function openTeamSettingsField(world: CasebookWorld, field: TeamField): Promise<Locator> {
  const { page, modal, team } = await openTeamSettings(world);
  await modal.locator(TEAM_SETTINGS.infoTab).click();
  const input = modal.locator(field === 'name' ? TEAM_SETTINGS.name : TEAM_SETTINGS.description);
  await expectVisible(input, `the Team Settings ${field} field`, world.timeouts.expectMs);
  await input.focus();
  await input.selectText();
  const before = await serverTeam(world, team);
  visits.set(world, {
    team,
    before: { display_name: before.display_name, description: before.description ?? '' },
    url: page.url(),
    field,
  });
  return input;
}

async function openModal(world: CasebookWorld, page: Page): Promise<Locator> {
  const timeout = world.timeouts.expectMs;
  const item = [
    page.locator(TEAM_SETTINGS.menuItem),
    page.getByRole('menuitem', { name: /^team settings$/i }),
  ];
  if (!(await openMainMenu(page, timeout)) || !(await clickFirstVisible(item, timeout)))
    throw new Error('the main menu has no "Team Settings" item (the user must be a team or system admin)');
  const modal = page.locator(TEAM_SETTINGS.modal);
  await expectVisible(modal, 'the Team Settings modal', timeout);
  return modal;
}

export function recordTyped(world: CasebookWorld, text: string): void {
  teamSettingsVisit(world).typed = text;
}

export function teamSettingsModal(page: Page): Locator {
  return page.locator(TEAM_SETTINGS.modal);
}
