import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('the System Console pages', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it('opens from the main menu for an admin and shows the sidebar, the setting test ids and the title', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.locator('#sidebarHeaderDropdownButton').click();
    await page.locator('#systemConsole').click();
    await page.locator('[data-testid="admin-sidebar"]').waitFor();
    assert.equal(await page.locator('#admin-sidebar-header').isVisible(), true);
    for (const category of ['environment', 'site', 'integrations']) {
      assert.equal(await page.getByTestId(category).count(), 1, category);
    }
    await page.getByTestId('site').getByRole('link', { name: 'Customization', exact: true }).click();
    await page.getByTestId('TeamSettings.SiteNamelabel').waitFor();
    assert.equal(await page.getByTestId('TeamSettings.SiteNamelabel').textContent(), 'Site Name:');
    assert.equal(await page.getByTestId('TeamSettings.SiteNameinput').inputValue(), 'Mattermost');
    assert.match(
      (await page.getByTestId('TeamSettings.SiteNamehelp-text').textContent()) ?? '',
      /^Name of service/,
    );
    assert.equal(await page.title(), 'System Console - Mattermost');
    assert.equal(await page.locator('#saveSetting').isDisabled(), true);
  });

  it('filters sections with "Find settings", saves a change and shows a server error under Save', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/environment/file_storage');
    await page.getByPlaceholder('Find settings').fill('gif picker');
    assert.equal(await page.getByRole('link', { name: 'GIF (Beta)', exact: true }).count(), 1);
    assert.equal(await page.getByRole('link', { name: 'Customization', exact: true }).count(), 0);

    await page.getByTestId('FileSettings.MaxFileSizeinput').fill('-1');
    await page.locator('#saveSetting').click();
    await page
      .locator('.admin-console-save .error-message')
      .getByText('Invalid max file size for file settings. Must be a whole number greater than zero.')
      .waitFor();

    await page.getByTestId('FileSettings.MaxFileSizeinput').fill('20');
    await page.locator('#saveSetting').click();
    await page.locator('#saveSetting:disabled').waitFor();
    const config = await page.request.get('/api/v4/config', {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    assert.equal((await config.json()).FileSettings.MaxFileSize, 20 * 1024 * 1024);
  });

  it('sends a user who is not a system admin back to the app, without the menu item', async () => {
    const page = await web.logIn(ACCOUNTS.user1);
    await page.locator('#sidebarHeaderDropdownButton').click();
    assert.equal(await page.locator('#systemConsole').count(), 0);
    await page.goto('/admin_console/site_config/customization');
    await page.locator('#channel_view').waitFor();
    assert.doesNotMatch(page.url(), /admin_console/);
  });

  it('lists users under User Management > Users, searches them and deactivates one through the confirm dialog', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/site_config/customization');
    await page.getByTestId('user_management').getByRole('link', { name: 'Users', exact: true }).click();
    const rows = page.locator('#systemUsersTable').getByTestId('listTableBodyRow');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 3);
    await page.getByRole('textbox', { name: 'Search users' }).fill('user-2');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="listTableBodyRow"]').length === 1,
    );
    const row = rows.first();
    assert.equal(await row.getByTestId('emailColumn').textContent(), 'user-2@sample.mattermost.com');
    await row.getByTestId('actionsColumn').getByRole('button').click();
    await page.locator('#actionMenu-systemUsersTable-0').getByText('Deactivate', { exact: true }).click();
    await page.locator('#confirmModal #confirmModalButton').click();
    await row.getByTestId('actionsColumn').getByRole('button', { name: 'Deactivated' }).waitFor();
    await row.getByTestId('actionsColumn').getByRole('button').click();
    await page.locator('#actionMenu-systemUsersTable-0').getByText('Activate', { exact: true }).click();
    await row.getByTestId('actionsColumn').getByRole('button', { name: 'Member' }).waitFor();
  });
  it('resets a password from the users list: own row asks for the current one, errors stay in the modal', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/user_management/users');
    await page.getByRole('textbox', { name: 'Search users' }).fill(ACCOUNTS.admin.username);
    await page
      .locator('#systemUsersTable-cell-0_actionsColumn')
      .getByRole('button', { name: 'System Admin' })
      .click();
    await page.locator('#actionMenuItem-systemUsersTable-0-resetPassword').click();
    const modal = page.locator('#resetPasswordModal');
    await modal.getByRole('button', { name: 'Reset' }).click();
    await modal
      .locator('.genericModalError .error')
      .getByText('Please enter your current password.')
      .waitFor();
    await modal.getByPlaceholder('Enter current password').fill(`wrong${ACCOUNTS.admin.password}`);
    await modal.getByPlaceholder('Enter new password').fill('Another-pass-1');
    await modal.getByRole('button', { name: 'Reset' }).click();
    await modal
      .locator('.genericModalError .error')
      .getByText(/"Current Password" you entered is incorrect/)
      .waitFor();
    await modal.getByPlaceholder('Enter current password').fill(ACCOUNTS.admin.password);
    await modal.getByPlaceholder('Enter new password').fill('short');
    await modal.getByRole('button', { name: 'Reset' }).click();
    await modal
      .locator('.Input___error')
      .getByText(/must contain between/)
      .waitFor();
    await modal.getByRole('button', { name: 'Cancel' }).click();
    await modal.waitFor({ state: 'detached' });
  });
  it("revokes a user's sessions from the users list after the confirm dialog: that user's app goes to the login page", async () => {
    const admin = await web.logIn(ACCOUNTS.admin);
    const other = await web.logIn(ACCOUNTS.user2);
    await admin.goto('/admin_console/user_management/users');
    await admin.getByRole('textbox', { name: 'Search users' }).fill(ACCOUNTS.user2.username);
    await admin
      .locator('#systemUsersTable-cell-0_actionsColumn')
      .getByRole('button', { name: 'Member' })
      .click();
    await admin.locator('#actionMenuItem-systemUsersTable-0-removeSessions').click();
    await admin
      .locator('#confirmModalLabel')
      .getByText(`Revoke Sessions for ${ACCOUNTS.user2.username}`)
      .waitFor();
    await admin.locator('#confirmModalButton').click();
    await admin.locator('#confirmModal').waitFor({ state: 'detached' });
    await other.reload();
    await other.waitForURL(/\/login/);
  });
});
