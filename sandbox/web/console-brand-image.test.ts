import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('System Console > Customization > Custom Brand Image', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it('is locked until Enable Custom Branding is true, uploads the chosen image on Save and previews the kept one', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/site_config/customization');
    const row = page.getByTestId('CustomBrandImage');
    await row.locator('legend').getByText('Custom Brand Image:').waitFor();
    assert.match((await row.locator('.help-text').textContent()) ?? '', /^Customize your user experience/);
    assert.equal(await row.locator('input[type="file"]').isDisabled(), true);
    assert.equal(await row.locator('img').count(), 0);

    await page.getByTestId('TeamSettings.EnableCustomBrandtrue').check();
    await row
      .locator('input[type="file"]')
      .setInputFiles({ name: 'brand.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('#saveSetting').click();
    await page.locator('#saveSetting:disabled').waitFor();
    const kept = await page.request.get('/api/v4/brand/image');
    assert.deepEqual(Buffer.from(await kept.body()), PNG);

    await page.reload();
    await row.locator('img[src^="/api/v4/brand/image?t="]').waitFor();
  });
});
