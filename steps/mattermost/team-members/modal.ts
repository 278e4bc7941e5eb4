import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { definePathRoute } from '../../generic/routes';
import { clickFirstVisible, openMainMenu } from '../menus';
import { CHANNEL } from '../selectors';

/**
 * The team members modal of the Mattermost web app (components/team_members_modal, team_members_dropdown): main
 * menu item `#manageMembers` "Manage Members" (`#viewMembers` "View Members" without manage_team), the modal
 * `#teamMembersModal` titled "<team> Members", its search box `#searchUsersInput`, and per member a role toggle
 * `#teamMembersDropdown_<username>` ("Team Admin", "Member", "System Admin") whose menu offers "Make Team Admin",
 * "Make Member" and "Remove From Team" (`#removeFromTeam`).
 */
export const TEAM_MEMBERS = {
  menuItems: '#manageMembers, #viewMembers',
  modal: '#teamMembersModal',
  search: '#searchUsersInput',
  roleToggle: (username: string) => `#teamMembersDropdown_${username}`,
} as const;

/** Main menu → Manage Members (or View Members) on the team on screen; the modal once its rows are drawn. */
export async function openTeamMembers(world: CasebookWorld, page: Page): Promise<Locator> {
  if (!(await openMainMenu(page, world.timeouts.expectMs)))
    throw new Error('the main menu button is not on the page: open a team channel first');
  if (!(await clickFirstVisible([page.locator(TEAM_MEMBERS.menuItems)], world.timeouts.expectMs)))
    throw new Error('the main menu has no Manage Members or View Members item');
  const modal = page.locator(TEAM_MEMBERS.modal);
  await expectVisible(modal.locator('.more-modal__row').first(), 'a member row', world.timeouts.expectMs);
  return modal;
}

/** The other test user (a plain member of the scenario's team): the "username" the cases promote. */
export function memberToPromote(world: CasebookWorld): string {
  return world.credentials('other').username;
}

/** Opens the member's role drop-down in the open modal and picks `item` ("Make Team Admin"). */
export async function pickRole(
  world: CasebookWorld,
  page: Page,
  username: string,
  item: string,
): Promise<void> {
  const modal = page.locator(TEAM_MEMBERS.modal);
  await modal.locator(TEAM_MEMBERS.roleToggle(username)).click({ timeout: world.timeouts.actionMs });
  await modal.getByRole('menuitem', { name: item, exact: true }).click({ timeout: world.timeouts.actionMs });
}

const MENU_OPENER =
  /^(?:☰\s*)?(?:the\s+)?(?:hamburger(?:\s+main)?(?:\s+menu|\s+icon)?|main\s+menu|team\s+menu|☰(?:\s+menu)?)$/i;
const ENTRY = /^(?:the\s+)?(?:manage|view)\s+members(?:\s+(?:dialog|modal))?$/i;

function entryIndex(path: string[]): number {
  let i = 0;
  while (i < path.length && MENU_OPENER.test(path[i])) i++;
  // "Manage Members" alone is the team's: the channel's is reached through the channel menu, which names itself.
  return i < path.length && ENTRY.test(path[i].trim()) ? i : -1;
}

/** "Main Menu > Manage Members", "Open Manage Members dialog": the team members modal of the team on screen. */
definePathRoute({
  name: 'Team members',
  handles: (path) => entryIndex(path) >= 0,
  async follow(world, path) {
    await openTeamMembers(world, await world.appPage());
    return path.slice(entryIndex(path) + 1);
  },
});
