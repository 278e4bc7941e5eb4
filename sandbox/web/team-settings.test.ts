import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Page } from 'playwright';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

describe('Team Settings in the browser: menu item for team admins, Info tab, save panel', {
  timeout: 180_000,
}, () => {
  const web = sandboxInBrowser();
  let page: Page;
  let admin: Client4;
  let teamId: string;

  before(async () => {
    admin = await loggedInClient(web.url, ACCOUNTS.admin);
    const userId = (await admin.getUserByUsername(ACCOUNTS.user1.username)).id;
    const team = await admin.createTeam({ name: 'settings', display_name: 'Team S', type: 'O' } as never);
    teamId = team.id;
    await admin.addToTeam(team.id, userId);
    page = await web.logIn(ACCOUNTS.user1);
    await page.goto(`${web.url}/settings/channels/town-square`);
    await page.locator('#channel_view').waitFor();
  });

  const openTeamSettings = async () => {
    await page.locator('#sidebarHeaderDropdownButton').click();
    await page.getByRole('menuitem', { name: 'Team Settings' }).click();
    const modal = page.locator('#teamSettingsModal');
    await modal.waitFor();
    return modal;
  };

  it('offers Team Settings to team admins only', async () => {
    await page.locator('#sidebarHeaderDropdownButton').click();
    await page.getByRole('menuitem', { name: 'Leave Team' }).waitFor();
    assert.equal(await page.locator('#teamSettings').count(), 0);
    const userId = (await admin.getUserByUsername(ACCOUNTS.user1.username)).id;
    await admin.updateTeamMemberRoles(teamId, userId, ['team_user', 'team_admin']);
    await page.reload();
    await page.locator('#channel_view').waitFor();
    await page.locator('#sidebarHeaderDropdownButton').click();
    await page.locator('#teamSettings').waitFor();
    await page.keyboard.press('Escape');
  });

  it('refuses a blank name, keeps the name to 15 characters, saves name and description', async () => {
    const modal = await openTeamSettings();
    assert.equal(await modal.locator('#teamSettingsModalLabel').textContent(), 'Team Settings×');
    assert.equal(await modal.locator('#infoButton').getAttribute('aria-selected'), 'true');
    const name = modal.locator('#teamName');
    assert.equal(await name.inputValue(), 'Team S');
    assert.equal(await modal.locator('.SaveChangesPanel').count(), 0);
    await name.fill('');
    await modal.getByRole('button', { name: 'Save' }).click();
    await modal.getByText('This field is required').waitFor();
    assert.equal(await modal.getByRole('button', { name: 'Save' }).isDisabled(), true);
    await modal.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await name.inputValue(), 'Team S');
    await name.selectText();
    await page.keyboard.type('A much longer team name');
    assert.equal(await name.inputValue(), 'A much longer t');
    await modal.locator('#teamDescription').fill('About us');
    await modal.getByRole('button', { name: 'Save' }).click();
    await modal.getByText('Settings saved').waitFor();
    await page.locator('#teamDisplayName', { hasText: 'A much longer t' }).waitFor();
    const saved = await admin.getTeam(teamId);
    assert.equal(saved.display_name, 'A much longer t');
    assert.equal(saved.description, 'About us');
    await modal.locator('.SaveChangesPanel').waitFor({ state: 'detached' });
    assert.match(page.url(), /\/settings\/channels\/town-square$/);
  });

  it('shows the invite code on the Access tab and regenerates it at once', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#teamSettingsModal').waitFor({ state: 'detached' });
    const modal = await openTeamSettings();
    await modal.locator('#accessButton').click();
    await modal
      .getByText(
        'The Invite Code is part of the unique team invitation link which is sent to members you’re inviting',
      )
      .waitFor();
    const code = modal.locator('#teamInviteId');
    const before = await code.inputValue();
    assert.equal(before, (await admin.getTeam(teamId)).invite_id);
    await modal.locator('#regenerateButton').click();
    await page.waitForFunction(
      (old) => (document.getElementById('teamInviteId') as HTMLInputElement).value !== old,
      before,
    );
    assert.equal(await code.inputValue(), (await admin.getTeam(teamId)).invite_id);
  });
});
