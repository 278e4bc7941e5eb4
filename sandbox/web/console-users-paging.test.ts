import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

describe('System Console > Users: pages of the list', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it('shows "Showing A - B of N users" above and below the table and pages forward and back', async () => {
    const admin = await loggedInClient(web.url, ACCOUNTS.admin);
    for (let i = 0; i < 10; i++) {
      await admin.createUser(
        {
          username: `paged-${String(i).padStart(2, '0')}`,
          email: `paged-${i}@example.com`,
          password: 'Paged-pass-1',
        } as never,
        '',
        '',
      );
    }
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/user_management/users');
    const head = page.locator('.adminConsoleListTabletOptionalHead');
    const foot = page.locator('.adminConsoleListTabletOptionalFoot');
    const info = head.locator('span').first();
    await info.getByText('Showing 1 - 10 of 13 users', { exact: true }).waitFor();
    assert.equal(await foot.locator('span').first().textContent(), 'Showing 1 - 10 of 13 users');
    assert.equal(await head.getByRole('button', { name: 'Go to previous page' }).isDisabled(), true);
    assert.equal(await foot.getAttribute('class'), 'adminConsoleListTabletOptionalFoot');
    assert.equal(
      await page.locator('.adminConsoleListTablePageSize').getAttribute('aria-label'),
      'Show 10 rows per page',
    );

    await head.getByRole('button', { name: 'Go to next page' }).click();
    await info.getByText('Showing 11 - 13 of 13 users', { exact: true }).waitFor();
    const names = await page.getByTestId('userName').allTextContents();
    assert.deepEqual(names, ['sysadmin', 'user-1', 'user-2']);
    assert.equal(await head.getByRole('button', { name: 'Go to next page' }).isDisabled(), true);

    await foot.getByRole('button', { name: 'Go to previous page' }).click();
    await info.getByText('Showing 1 - 10 of 13 users', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('userName').first().textContent(), 'paged-00');

    // A search starts again from the first page and counts only what it finds.
    await page.getByPlaceholder('Search users').fill('user-');
    await info.getByText('Showing 1 - 2 of 2 users', { exact: true }).waitFor();
  });
});
