import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

const PREVIEW = '.announcement-bar--preview-mode';

describe('the Preview Mode banner of System Console > Notifications', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it('shows in the console and the app while email notifications are off, and goes with its own setting', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/site_config/notifications');
    const banner = page.getByTestId('EmailSettings.EnablePreviewModeBannertrue');
    assert.equal(await banner.isDisabled(), true, 'greyed out while email notifications are on');
    assert.equal(await page.locator(PREVIEW).count(), 0);

    await page.getByTestId('EmailSettings.SendEmailNotificationsfalse').check();
    assert.equal(await banner.isDisabled(), false);
    await page.locator('#saveSetting').click();
    await page.locator('#saveSetting:disabled').waitFor();
    await page.reload();
    await page
      .locator(PREVIEW)
      .getByText('Preview Mode: Email notifications have not been configured.')
      .waitFor();
    await page.goto('/');
    await page.locator('#channel_view').waitFor();
    assert.equal(await page.locator(PREVIEW).count(), 1);

    await page.goto('/admin_console/site_config/notifications');
    await page.getByTestId('EmailSettings.EnablePreviewModeBannerfalse').check();
    await page.locator('#saveSetting').click();
    await page.locator('#saveSetting:disabled').waitFor();
    await page.reload();
    await page.getByTestId('EmailSettings.EnablePreviewModeBannerlabel').waitFor();
    assert.equal(await page.locator(PREVIEW).count(), 0);
  });
});
