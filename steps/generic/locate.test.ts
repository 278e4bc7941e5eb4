import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { type SandboxAndBrowser, startSandboxAndBrowser } from '../../support/testing/sandbox-browser';
import { forgivingName, LabelNotFoundError, locate } from './locate';

describe('forgivingName', () => {
  it('ignores case, spaces and punctuation', () => {
    assert.ok(forgivingName('Logout', true).test('Log Out'));
    assert.ok(
      forgivingName('View and Logout of Active Sessions', true).test('View and Log Out of Active Sessions'),
    );
    assert.ok(!forgivingName('Log', true).test('Log in'));
    assert.ok(forgivingName('Log', false).test('Log in'));
  });
});

describe('locate on the sandbox login page', () => {
  let env: SandboxAndBrowser;
  let page: Page;
  before(async () => {
    env = await startSandboxAndBrowser();
    page = (await env.session()).page;
    await page.goto('/login');
  });
  after(async () => {
    await env?.close();
  });

  it('finds controls by role, label and placeholder, forgiving spelling of the name', async () => {
    assert.equal(await (await locate(page, 'LOG-IN', 'button', 2_000)).getAttribute('id'), 'saveSetting');
    assert.equal(
      await (await locate(page, 'Password', 'field', 2_000)).getAttribute('id'),
      'input_password-input',
    );
    assert.equal(
      await (await locate(page, 'email or username', 'field', 2_000)).getAttribute('id'),
      'input_loginId',
    );
  });

  it('lists the nearest visible candidates when nothing matches', async () => {
    await assert.rejects(locate(page, 'Log inn now', 'button', 300), (error: Error) => {
      assert.ok(error instanceof LabelNotFoundError);
      assert.match(
        error.message,
        /No visible button matching "Log inn now" on the page\. Nearest candidates:/,
      );
      const listed = error.message.split('\n').slice(1);
      assert.equal(listed[0], '  - button "Log in"');
      assert.ok(listed.some((line) => line.includes('textbox "Password"')));
      assert.ok(listed.length <= 5);
      return true;
    });
  });
});
