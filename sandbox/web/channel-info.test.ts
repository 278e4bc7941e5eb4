import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

describe("the channel's Info in the RHS", { timeout: 120_000 }, () => {
  const web = sandboxInBrowser();
  let client: Client4;
  let page: Page;

  before(async () => {
    client = await loggedInClient(web.url, ACCOUNTS.user1);
    page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
  });

  it('opens with Ctrl+Shift+I (title "Info", the channel, its purpose, handle and id) and closes with it again', async () => {
    const [team] = await client.getMyTeams();
    const channel = await client.createChannel({
      team_id: team.id,
      name: 'info-rhs',
      display_name: 'Info RHS',
      purpose: 'Where the info lives',
      type: 'O',
    } as never);
    await page.goto(`${web.url}/${team.name}/channels/info-rhs`);
    await page.locator('#channelHeaderTitle', { hasText: 'Info RHS' }).waitFor();
    await page.keyboard.press('Control+Shift+I');
    const rhs = page.locator('#sidebar-right');
    await rhs.waitFor();
    assert.equal(await rhs.locator('.sidebar--right__title').textContent(), 'InfoInfo RHS');
    const text = (await rhs.textContent()) ?? '';
    for (const part of [
      'Channel Purpose',
      'Where the info lives',
      'Channel handle: info-rhs',
      `ID: ${channel.id}`,
    ])
      assert.ok(text.includes(part), `the Info RHS shows "${part}": ${text}`);
    await page.keyboard.press('Control+Shift+I');
    await rhs.waitFor({ state: 'detached' });
  });
});
