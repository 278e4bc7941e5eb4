import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('slash-command autocomplete in the browser', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();
  let page: Page;
  const list = () => page.locator('#suggestionList');
  const titles = () => list().locator('.slash-command__title');
  const box = () => page.locator('#post_textbox');

  before(async () => {
    page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
    await page.goto(`${web.url}/casebook/channels/off-topic`);
    await box().waitFor();
  });

  it('lists the commands starting with what was typed, with hint and description', async () => {
    await box().pressSequentially('/ren');
    await titles().first().waitFor();
    assert.deepEqual(await titles().allTextContents(), ['rename [text]']);
    assert.deepEqual(await list().locator('.slash-command__desc').allTextContents(), ['Rename the channel']);
  });

  it('keeps the hint after the space, under "Execute Current Command"; Escape closes the list', async () => {
    await box().pressSequentially('ame ');
    await list().getByText('Execute Current Command').waitFor();
    assert.deepEqual(
      (await titles().allTextContents()).map((text) => text.trim()),
      ['Execute Current Command', '[text]'],
    );
    await box().press('Escape');
    await list().waitFor({ state: 'detached' });
    assert.equal(await box().inputValue(), '/rename ');
  });

  it('shows nothing for an unknown command or for text that is not a command', async () => {
    await box().fill('');
    await box().pressSequentially('/notacommand ');
    await page.waitForTimeout(500);
    assert.equal(await list().count(), 0);
    await box().fill('');
    await box().pressSequentially('hello /');
    await page.waitForTimeout(500);
    assert.equal(await list().count(), 0);
    await box().fill('');
  });
});
