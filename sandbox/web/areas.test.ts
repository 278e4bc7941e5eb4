import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('the web app loads its areas and their components', { timeout: 120_000 }, () => {
  const web = sandboxInBrowser();

  it('serves the area list and Preact/htm as ES modules, and ui.js renders escaped components', async () => {
    const listing = await fetch(`${web.url}/static/js/area-modules.js`);
    assert.equal(listing.status, 200);
    assert.match(listing.headers.get('content-type') ?? '', /javascript/);
    assert.match(await listing.text(), /^export default \[.*\];\n$/);

    const page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
    // Errors of the channel page only: the login page's own probe of /users/me answers 401 by design.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.reload();
    await page.locator('#channel_view').waitFor();

    // A string, not a function: compiled to CommonJS, a function's `import()` would become a `require()` the
    // page does not have.
    const rendered = await page.evaluate(`(async () => {
      const { html, render } = await import('/static/js/ui.js');
      const target = document.createElement('div');
      document.body.append(target);
      render(html\`<p id="probe">\${'<b>not markup</b>'}</p>\`, target);
      return target.innerHTML;
    })()`);
    assert.equal(rendered, '<p id="probe">&lt;b&gt;not markup&lt;/b&gt;</p>');
    assert.deepEqual(errors, []);
  });
});
