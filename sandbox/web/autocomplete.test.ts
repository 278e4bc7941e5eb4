import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

describe('@-mention autocomplete and ~channel links in the browser', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();
  let page: Page;
  const list = () => page.locator('#suggestionList');
  const box = () => page.locator('#post_textbox');

  before(async () => {
    page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
    await page.goto(`${web.url}/casebook/channels/off-topic`);
    await box().waitFor();
  });

  it('offers users by username, first or last name in any case, not by email; "(you)" on oneself', async () => {
    await box().pressSequentially('hello @user-2');
    await list().getByTestId('mentionSuggestion_user-2').waitFor();
    assert.deepEqual(await list().locator('.suggestion-list__main').allTextContents(), ['@user-2']);
    assert.match((await list().getByTestId('mentionSuggestion_user-2').textContent()) ?? '', /Nancy Rivera/);
    await box().fill('');
    await box().pressSequentially('@RIVERA');
    await list().getByTestId('mentionSuggestion_user-2').waitFor();
    await box().fill('');
    await box().pressSequentially('@user-1');
    const me = list().getByTestId('mentionSuggestion_user-1');
    await me.waitFor();
    assert.match((await me.textContent()) ?? '', /Samuel Tucker\s*\(you\)/);
    await box().fill('');
    await box().pressSequentially('@user-2@sample.mattermost.com');
    await list().waitFor({ state: 'detached' });
    await box().fill('');
  });

  it('completes the selected user with Enter, without sending; nothing opens after "example@"', async () => {
    await box().pressSequentially('@nancy');
    await list().locator('.suggestion--selected').getByText('@user-2').waitFor();
    await box().press('Enter');
    assert.equal(await box().inputValue(), '@user-2 ');
    await list().waitFor({ state: 'detached' });
    await box().fill('');
    await box().pressSequentially('example@');
    await page.waitForTimeout(500);
    assert.equal(await list().count(), 0);
    await box().fill('');
  });

  it('links ~channel mentions and joins a public channel the user is not in when its link is clicked', async () => {
    const admin = await loggedInClient(web.url, ACCOUNTS.admin);
    const team = await admin.getTeamByName('casebook');
    const other = await admin.createChannel({
      team_id: team.id,
      name: 'linked-room',
      display_name: 'Linked Room',
      type: 'O',
    } as Parameters<typeof admin.createChannel>[0]);
    await box().fill('see ~linked-room and ~town-square.');
    await box().press('Enter');
    const link = page.locator('#postListContent a.mention-link[data-channel-mention="linked-room"]');
    await link.waitFor();
    assert.equal(await link.textContent(), '~Linked Room');
    assert.equal(
      await page.locator('a.mention-link[data-channel-mention="town-square"]').last().textContent(),
      '~Town Square',
    );
    await link.click();
    await page.locator('#channelHeaderTitle', { hasText: 'Linked Room' }).waitFor();
    await page.locator('#sidebarItem_linked-room').waitFor();
    const members = await admin.getProfilesInChannel(other.id);
    assert.ok(members.some((member) => member.username === ACCOUNTS.user1.username));
  });
});
