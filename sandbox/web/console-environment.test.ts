import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('System Console > Environment pages', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it('greys the Rate Limiting settings out while Enable Rate Limiting is false, and Vary by HTTP header while Vary by remote address is true', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/environment/rate_limiting');
    await page.getByTestId('RateLimitSettings.Enablelabel').waitFor();
    assert.equal(await page.locator('.admin-console__header').textContent(), 'Rate Limiting');
    assert.equal(await page.getByTestId('RateLimitSettings.Enablefalse').isChecked(), true);
    assert.equal(await page.getByTestId('RateLimitSettings.PerSecinput').isDisabled(), true);
    assert.equal(await page.getByTestId('RateLimitSettings.VaryByUsertrue').isDisabled(), true);

    await page.getByTestId('RateLimitSettings.Enabletrue').check();
    assert.equal(await page.getByTestId('RateLimitSettings.PerSecinput').isEnabled(), true);
    assert.equal(await page.getByTestId('RateLimitSettings.PerSecinput').inputValue(), '10');
    assert.equal(await page.getByTestId('RateLimitSettings.VaryByHeaderinput').isDisabled(), true);
    await page.getByTestId('RateLimitSettings.VaryByRemoteAddrfalse').check();
    assert.equal(await page.getByTestId('RateLimitSettings.VaryByHeaderinput').isEnabled(), true);
  });

  it('shows the Developer page as "Developer Settings" and saves Enable Testing Commands turned off', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/site_config/customization');
    await page.getByTestId('environment').getByRole('link', { name: 'Developer', exact: true }).click();
    await page.getByTestId('ServiceSettings.EnableTestinglabel').waitFor();
    assert.equal(await page.locator('.admin-console__header').textContent(), 'Developer Settings');
    // On by default in the sandbox (as on Mattermost's e2e servers, for `/test url`): a change is to turn it off.
    assert.equal(await page.getByTestId('ServiceSettings.EnableTestingtrue').isChecked(), true);
    await page.getByTestId('ServiceSettings.EnableTestingfalse').check();
    await page.locator('#saveSetting').click();
    await page.locator('#saveSetting:disabled').waitFor();
    const config = await page.request.get('/api/v4/config', {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    assert.equal((await config.json()).ServiceSettings.EnableTesting, false);
  });
});
