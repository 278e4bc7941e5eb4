import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('the Integrations pages and slash commands in the message box', { timeout: 240_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  it('adds a slash command (client checks, Setup Successful with its token), lists, edits and deletes it', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.locator('#sidebarHeaderDropdownButton').click();
    await page.locator('#integrations').click();
    await page.locator('#slashCommands').click();
    await page.locator('#addSlashCommand').click();
    await page.locator('#trigger').fill('/has space');
    await page.locator('#saveCommand').click();
    await page.getByText('A trigger word must not contain spaces').waitFor();
    await page.locator('#trigger').fill('weather');
    await page.locator('#saveCommand').click();
    await page.getByText('A request URL is required').waitFor();
    await page.locator('#displayName').fill('Weather report');
    await page.locator('#url').fill('http://127.0.0.1:9/weather');
    await page.locator('#saveCommand').click();
    await page.locator('#formTitle').getByText('Setup Successful').waitFor();
    assert.equal(await page.getByTestId('copyText').count(), 1);
    await page.locator('#doneButton').click();
    const item = page.locator('.backstage-list__item');
    await item.getByText('Weather report').waitFor();
    assert.match((await item.textContent()) ?? '', /\/weather/);

    await item.getByRole('link', { name: 'Edit' }).click();
    await page.locator('#url').fill('mattermost.com');
    await page.locator('#saveCommand').click();
    await page
      .locator('#confirmModal')
      .getByText('Your changes may break the existing slash command.', { exact: false })
      .waitFor();
    await page.locator('#confirmModalButton').click();
    await page.getByText('Invalid URL. Must be a valid URL and start with http:// or https://.').waitFor();
    await page.getByRole('link', { name: 'Cancel' }).click();

    await page.locator('.backstage-list__item').getByRole('button', { name: 'Delete' }).click();
    await page.locator('#confirmModalButton').click();
    await page.getByText('No slash commands found').waitFor();
  });

  it('adds an incoming webhook whose URL posts into the channel with the BOT tag; search filters the list', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/casebook/integrations/incoming_webhooks/add');
    await page.locator('#saveWebhook').click();
    await page.getByText('A valid channel is required').waitFor();
    await page.locator('#displayName').fill('Deploys');
    assert.equal(await page.locator('#description').getAttribute('maxlength'), '500');
    await page.locator('#channelSelect').selectOption({ label: 'Off-Topic' });
    await page.locator('#saveWebhook').click();
    await page.locator('#formTitle').waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('type'), 'incoming_webhooks');
    const hookUrl = `${web.url}/hooks/${url.searchParams.get('id')}`;
    await page.getByText(hookUrl, { exact: true }).waitFor();
    await page.locator('#doneButton').click();
    await page.locator('#searchInput').fill('no such hook');
    await page
      .locator('#emptySearchResultsMessage')
      .getByText('No incoming webhooks match no such hook')
      .waitFor();

    await page.goto('/casebook/channels/off-topic');
    await page.locator('#channel_view').waitFor();
    const sent = await fetch(hookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'deploy finished' }),
    });
    assert.equal(sent.status, 200);
    const post = page.locator('.post').filter({ hasText: 'deploy finished' });
    await post.waitFor();
    assert.equal(await post.locator('.BotTag').textContent(), 'BOT');
  });

  it('refuses an unknown slash command under the box, and its link sends the text as a message', async () => {
    const page = await web.logIn(ACCOUNTS.user1);
    await page.goto('/casebook/channels/town-square');
    await page.locator('#post_textbox').fill('/notacommand now');
    await page.locator('#post_textbox').press('Enter');
    await page.getByText("Command with a trigger of '/notacommand' not found.").waitFor();
    assert.equal(await page.locator('#post_textbox').inputValue(), '/notacommand now');
    await page.getByRole('link', { name: 'Click here to send as a message.' }).click();
    await page.locator('.post').filter({ hasText: '/notacommand now' }).waitFor();
    assert.equal(await page.locator('#integrations').count(), 0);
  });
});
