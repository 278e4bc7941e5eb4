// The login page's redirect_to never leads off the site, however the path is encoded (issue 20: open redirect).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('login redirect_to in Chromium', { timeout: 120_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  /** Logs in through the page at `/login?redirect_to=<raw>` and returns where the browser went. */
  async function landingAfterLogin(rawRedirect: string): Promise<string> {
    const context = await web.browser.newContext();
    const page: Page = await context.newPage();
    // Requests that leave the sandbox are answered here, so the test sees where the page went without a network.
    await context.route(
      (url) => !url.href.startsWith(web.url),
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' }),
    );
    await page.goto(`${web.url}/login?redirect_to=${rawRedirect}`);
    await page.locator('#input_loginId').fill(ACCOUNTS.user1.username);
    await page.locator('#input_password-input').fill(ACCOUNTS.user1.password);
    await page.locator('#saveSetting').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const landed = page.url();
    await context.close();
    return landed;
  }

  for (const raw of [
    '/%5Cevil.example/x',
    '/%09/evil.example/x',
    '//evil.example/x',
    '/x/..//evil.example',
  ]) {
    it(`stays on the sandbox for redirect_to=${raw}`, async () => {
      const landed = await landingAfterLogin(raw);
      assert.equal(new URL(landed).origin, web.url, landed);
    });
  }

  it('follows a local redirect_to', async () => {
    const landed = await landingAfterLogin('/casebook/channels/off-topic');
    assert.equal(landed, `${web.url}/casebook/channels/off-topic`);
  });
});
