import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('System Console > Users > a user (User Configuration, Manage roles)', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it("opens from a row's user details, shows the round profile image, the account's fields and Reset Password", async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/user_management/users');
    await page.getByPlaceholder('Search users').fill(ACCOUNTS.user1.username);
    const row = page
      .locator('[data-testid="listTableBodyRow"]')
      .filter({ has: page.getByTestId('userName').getByText(ACCOUNTS.user1.username, { exact: true }) });
    await row.getByTestId('usernameColumn').click();
    const detail = page.locator('.SystemUserDetail');
    await detail.getByText('User Configuration', { exact: true }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/admin_console\/user_management\/user\/[a-z0-9]+$/);
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.AdminUserCard__header .Avatar');
      return Boolean(image?.complete && image.naturalWidth > 0);
    });
    const radius = await detail
      .locator('.AdminUserCard__header .Avatar')
      .evaluate((image) => getComputedStyle(image).borderTopLeftRadius);
    assert.equal(radius, '50%');
    assert.equal(
      await detail.locator('.AdminUserCard__body input').first().inputValue(),
      ACCOUNTS.user1.username,
    );
    await detail.getByRole('button', { name: 'Reset Password' }).click();
    const modal = page.locator('#resetPasswordModal');
    await modal.getByPlaceholder('Enter new password').waitFor();
    await modal.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.SystemUserDetail .admin-console__header .back').click();
    await page.locator('#systemUsersTable').waitFor();
  });

  it('makes a member a System Admin and back through Manage roles, the row showing the new role', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/user_management/users');
    await page.getByPlaceholder('Search users').fill(ACCOUNTS.user2.username);
    const row = page
      .locator('[data-testid="listTableBodyRow"]')
      .filter({ has: page.getByTestId('userName').getByText(ACCOUNTS.user2.username, { exact: true }) });
    const roleButton = row.locator('[id^="actionMenuButton-"]');
    for (const [choice, shown] of [
      ['System Admin', 'System Admin'],
      ['Member', 'Member'],
    ]) {
      await roleButton.click();
      await page
        .getByRole('menu', { name: 'User actions menu' })
        .getByRole('menuitem', { name: 'Manage roles' })
        .click();
      const modal = page.locator('.manage-teams');
      await modal.getByText(`@${ACCOUNTS.user2.username}`).waitFor();
      await modal.getByRole('radio', { name: choice }).check();
      await modal.getByRole('button', { name: 'Save' }).click();
      await modal.waitFor({ state: 'detached' });
      await roleButton.getByText(shown, { exact: true }).waitFor();
    }
  });
});
