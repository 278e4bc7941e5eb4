import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('the message preview of the reply box', { timeout: 120_000 }, () => {
  const web = sandboxInBrowser();

  it('shows the text rendered in place of the box, and sending from it keeps the focus in the reply box', async () => {
    const page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1, '/login?redirect_to=/casebook/channels/off-topic');
    await page.locator('#post_textbox').fill('preview root');
    await page.locator('#post_textbox').press('Enter');
    const root = page.locator('[data-testid="postView"]', { hasText: 'preview root' }).last();
    const id = ((await root.getAttribute('id')) ?? '').replace('post_', '');
    await root.hover();
    await page.locator(`#CENTER_commentIcon_${id}`).click();
    const box = page.locator('#reply_textbox');
    await box.fill('some **bold** words');
    const preview = page.locator('#sidebar-right').getByRole('button', { name: 'preview' });
    await preview.click();
    assert.equal(await box.isVisible(), false);
    assert.equal(await page.locator('#sidebar-right .textbox-preview-area strong').textContent(), 'bold');
    assert.equal(await preview.getAttribute('aria-pressed'), 'true');

    await page.locator('#sidebar-right [data-testid="SendMessageButton"]').click();
    await page
      .locator('#sidebar-right [data-testid="rhsPostView"]', { hasText: 'some bold words' })
      .waitFor();
    assert.equal(await box.isVisible(), true);
    assert.equal(await box.evaluate((element) => element === document.activeElement), true);
    assert.equal(await page.locator('#sidebar-right .textbox-preview-area').isVisible(), false);
    await page.context().close();
  });
});
