import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Page } from 'playwright';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

describe('Team members modal in the browser: View/Manage Members, search, role drop-down', {
  timeout: 180_000,
}, () => {
  const web = sandboxInBrowser();
  let page: Page;
  let admin: Client4;
  let teamId: string;
  let user1Id: string;
  let user2Id: string;

  before(async () => {
    admin = await loggedInClient(web.url, ACCOUNTS.admin);
    user1Id = (await admin.getUserByUsername(ACCOUNTS.user1.username)).id;
    user2Id = (await admin.getUserByUsername(ACCOUNTS.user2.username)).id;
    const team = await admin.createTeam({ name: 'members', display_name: 'Team M', type: 'O' } as never);
    teamId = team.id;
    await admin.addToTeam(team.id, user1Id);
    await admin.addToTeam(team.id, user2Id);
    page = await web.logIn(ACCOUNTS.user1);
    await page.goto(`${web.url}/members/channels/town-square`);
    await page.locator('#channel_view').waitFor();
  });

  const openMembers = async (item: string) => {
    await page.locator('#sidebarHeaderDropdownButton').click();
    await page.getByRole('menuitem', { name: item, exact: true }).click();
    const modal = page.locator('#teamMembersModal');
    await modal.locator('.more-modal__row').first().waitFor();
    return modal;
  };

  it('shows a plain member View Members with roles but no drop-downs', async () => {
    const modal = await openMembers('View Members');
    assert.equal(await modal.locator('#teamMemberModalLabel').textContent(), 'Team M Members');
    await modal.getByText(`@${ACCOUNTS.user2.username}`).waitFor();
    assert.equal(await modal.locator('[id^="teamMembersDropdown_"]').count(), 0);
    await modal.getByRole('button', { name: 'Close' }).click();
  });

  it('lets a team admin search members and make one a team admin', async () => {
    await admin.updateTeamMemberRoles(teamId, user1Id, ['team_user', 'team_admin']);
    await page.reload();
    await page.locator('#channel_view').waitFor();
    const modal = await openMembers('Manage Members');
    await modal.locator('#searchUsersInput').fill(ACCOUNTS.user2.username.slice(0, 5));
    const toggle = modal.locator(`#teamMembersDropdown_${ACCOUNTS.user2.username}`);
    assert.equal((await toggle.textContent())?.trim(), 'Member');
    await toggle.click();
    assert.equal(await modal.getByRole('menuitem', { name: 'Make Member' }).count(), 0);
    await modal.getByRole('menuitem', { name: 'Make Team Admin' }).click();
    await modal
      .locator(`#teamMembersDropdown_${ACCOUNTS.user2.username}`, { hasText: 'Team Admin' })
      .waitFor();
    const member = await admin.getTeamMember(teamId, user2Id);
    assert.match(member.roles, /\bteam_admin\b/);
  });
});
