import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AdminConfig } from '@mattermost/types/config';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

const JSON_HEADERS = { 'X-Requested-With': 'XMLHttpRequest' };

describe('the System Console header menu and the announcement banner', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it('offers the teams, the external links in new tabs and Log Out in the console header menu', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console');
    await page.getByRole('button', { name: 'Menu Icon' }).click();
    const menu = page.getByRole('menu', { name: 'Admin Console Menu' });
    const teams = await (await page.request.get('/api/v4/users/me/teams', { headers: JSON_HEADERS })).json();
    for (const team of teams) {
      await menu.getByRole('menuitem', { name: `Switch to ${team.display_name}` }).waitFor();
    }
    const guide = menu.getByRole('link', { name: "Administrator's Guide" });
    assert.equal(await guide.getAttribute('href'), 'https://docs.mattermost.com/guides/administration.html');
    assert.equal(await guide.getAttribute('target'), '_blank');
    await menu.getByRole('menuitem', { name: 'Log Out' }).click();
    await page.waitForURL(/\/login/);
  });

  it('shows the configured banner to users, lets them dismiss it, and shows it again after a new login', async () => {
    const admin = await loggedInClient(web.url, ACCOUNTS.admin);
    const patch = (settings: Record<string, unknown>) =>
      admin.patchConfig({ AnnouncementSettings: settings } as Partial<AdminConfig>);
    await patch({ EnableBanner: true, BannerText: 'Maintenance at noon', BannerColor: '#112233' });
    try {
      const page = await web.logIn(ACCOUNTS.user1);
      const bar = page.locator('.announcement-bar');
      await bar.getByText('Maintenance at noon').waitFor();
      assert.equal(await bar.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(17, 34, 51)');
      await bar.locator('.announcement-bar__close').click();
      await bar.waitFor({ state: 'detached' });
      await page.reload();
      await page.locator('#channel_view').waitFor();
      await page.waitForTimeout(500);
      assert.equal(await bar.count(), 0, 'a dismissed banner stays away on reload');
      await page.locator('#sidebarHeaderDropdownButton').click();
      await page.locator('#logout').click();
      // Log Out navigates to the login page by itself: going there before it lands aborts one navigation.
      await page.waitForURL(/\/login/);
      await logInThroughUi(page, web.url, ACCOUNTS.user1);
      await bar.getByText('Maintenance at noon').waitFor();

      await patch({ AllowBannerDismissal: false });
      await page.reload();
      await bar.getByText('Maintenance at noon').waitFor();
      assert.equal(await bar.locator('.announcement-bar__close').count(), 0);
    } finally {
      await patch({
        EnableBanner: false,
        BannerText: '',
        BannerColor: '#f2a93b',
        AllowBannerDismissal: true,
      });
    }
  });
});
