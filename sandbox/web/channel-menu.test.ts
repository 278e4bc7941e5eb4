import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Browser, Page } from 'playwright';
import { launchChromium, logInThroughUi } from '../testing/browser';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('the channel header menu in the browser', { timeout: 180_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let browser: Browser;
  let client: Client4;
  let page: Page;
  let teamId: string;
  let teamName: string;

  before(async () => {
    sandbox = await startTestSandbox();
    browser = await launchChromium();
    client = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    [{ id: teamId, name: teamName }] = await client.getMyTeams();
    page = await (await browser.newContext()).newPage();
    await logInThroughUi(page, sandbox.url, ACCOUNTS.user1);
  });
  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const openMenuOf = async (displayName: string) => {
    await page.locator('#channelHeaderDropdownButton').click();
    return page.getByRole('menu', { name: `${displayName} Channel Menu` });
  };

  it('lists a member’s items in Mattermost’s order and edits the header with its system message', async () => {
    const channel = await client.createChannel({
      team_id: teamId,
      name: 'menu-items',
      display_name: 'Menu Items',
      type: 'O',
    } as never);
    await page.goto(`${sandbox.url}/${teamName}/channels/${channel.name}`);
    const menu = await openMenuOf('Menu Items');
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), [
      'Add Members',
      'Manage Members',
      'Edit Channel Header',
      'Edit Channel Purpose',
      'Rename Channel',
      'Leave Channel',
      'Archive Channel',
    ]);
    await menu.getByRole('menuitem', { name: 'Edit Channel Header' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Header for Menu Items' });
    await dialog.locator('#edit_textbox').fill('A brand new header');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.locator('#channelHeaderDescription', { hasText: 'A brand new header' }).waitFor();
    await page
      .locator('.post-message__text', { hasText: 'updated the channel header to: A brand new header' })
      .waitFor();
  });

  it('renames the channel through Rename Channel', async () => {
    await (await openMenuOf('Menu Items')).getByRole('menuitem', { name: 'Rename Channel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename Channel' });
    await dialog.locator('#display_name').fill('Renamed Items');
    await dialog.locator('#save-button').click();
    await page.locator('#channelHeaderTitle', { hasText: 'Renamed Items' }).waitFor();
    await page
      .locator('.post-message__text', {
        hasText: 'updated the channel display name from: Menu Items to: Renamed Items',
      })
      .waitFor();
  });

  it('shows View Members, not the editing items, in Town Square’s archived neighbour: an archived channel', async () => {
    const channel = await client.createChannel({
      team_id: teamId,
      name: 'menu-archived',
      display_name: 'Menu Archived',
      type: 'O',
    } as never);
    await client.deleteChannel(channel.id);
    await page.goto(`${sandbox.url}/${teamName}/channels/${channel.name}`);
    const menu = await openMenuOf('Menu Archived');
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), ['View Members', 'Leave Channel']);
  });

  it('creates a private channel from the sidebar "+", the Create button inactive until a name is typed', async () => {
    await page.goto(`${sandbox.url}/${teamName}/channels/town-square`);
    await page.locator('#addChannelsCta').click();
    await page.locator('#showNewChannel-button').click();
    const dialog = page.getByRole('dialog', { name: 'Create a new channel' });
    const create = dialog.getByRole('button', { name: 'Create channel' });
    assert.equal(await create.isDisabled(), true);
    await dialog.locator('#input_new-channel-modal-name').fill('New Private Room');
    assert.equal(
      await dialog.locator('.new-channel-modal__url').textContent(),
      `URL: /${teamName}/channels/new-private-room`,
    );
    await dialog.locator('#public-private-selector-button-P').click();
    await create.click();
    await page.waitForURL(`**/${teamName}/channels/new-private-room`);
    await page.locator('#channelHeaderTitle', { hasText: 'New Private Room' }).waitFor();
    const made = await client.getChannelByName(teamId, 'new-private-room');
    assert.equal(made.type, 'P');
  });
});
