import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright';
import { launchChromium, logInThroughUi } from '../testing/browser';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('sidebar categories in the browser', { timeout: 180_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let browser: Browser;
  let page: Page;

  before(async () => {
    sandbox = await startTestSandbox();
    const client = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const [team] = await client.getMyTeams();
    const me = await client.getMe();
    const offTopic = await client.getChannelByName(team.id, 'off-topic');
    await client.createChannelCategory(me.id, team.id, {
      display_name: 'Work',
      channel_ids: [offTopic.id],
    } as never);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await logInThroughUi(page, sandbox.url, ACCOUNTS.user1);
  });
  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const header = (name: string) =>
    page
      .locator('.SidebarChannelGroupHeader')
      .filter({ has: page.getByRole('button', { name, exact: true }) });
  const menuItem = async (category: string, item: string) => {
    await header(category)
      .getByRole('button', { name: `${category} category options` })
      .click();
    await page
      .getByRole('menu', { name: 'Edit category menu' })
      .getByRole('menuitem', { name: item })
      .click();
  };

  it('shows a custom category above Channels holding its channel', async () => {
    await header('Work').waitFor();
    const group = page.locator('.SidebarChannelGroup', { has: header('Work') });
    assert.equal(await group.locator('#sidebarItem_off-topic').count(), 1);
    assert.equal(await page.locator('#sidebarChannels #sidebarItem_off-topic').count(), 0);
  });

  it('renames it through Rename Category, the Rename button disabled until the name changes', async () => {
    await menuItem('Work', 'Rename Category');
    const modal = page.getByRole('dialog', { name: 'Rename Category' });
    const field = modal.getByPlaceholder('Name your category');
    assert.equal(await field.inputValue(), 'Work');
    assert.ok(await modal.getByRole('button', { name: 'Rename' }).isDisabled());
    await page.mouse.click(4, 4);
    await modal.waitFor({ state: 'detached' });
    await menuItem('Work', 'Rename Category');
    await field.fill('Projects');
    await modal.getByRole('button', { name: 'Rename' }).click();
    await header('Projects').waitFor();
    assert.equal(await header('Work').count(), 0);
  });

  it('deletes it after "Delete this category?", its channel back in Channels', async () => {
    await menuItem('Projects', 'Delete Category');
    const modal = page.getByRole('dialog', { name: 'Delete this category?' });
    await modal.getByText("You're not removed from any channels.", { exact: false }).waitFor();
    await modal.getByRole('button', { name: 'Delete' }).click();
    await header('Projects').waitFor({ state: 'detached' });
    await page.locator('#sidebarChannels #sidebarItem_off-topic').waitFor();
  });
});
