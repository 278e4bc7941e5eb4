import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Page } from 'playwright';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

describe('unread channels in the sidebar: bold, mention badge, channel menu', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();
  let page: Page;
  let user2: Client4;
  let townSquareId: string;

  before(async () => {
    user2 = await loggedInClient(web.url, ACCOUNTS.user2);
    const [team] = await user2.getMyTeams();
    townSquareId = (await user2.getChannelByName(team.id, 'town-square')).id;
    page = await web.logIn(ACCOUNTS.user1);
    await page.locator('#sidebarItem_off-topic').click();
    await page.locator('#channelHeaderTitle', { hasText: 'Off-Topic' }).waitFor();
  });

  const townSquare = () =>
    page.locator('li.SidebarChannel', { has: page.locator('#sidebarItem_town-square') });

  it('marks a channel unread with a mention badge when another user mentions you in it', async () => {
    assert.equal(await townSquare().locator('.badge').count(), 0);
    await user2.createPost({
      channel_id: townSquareId,
      message: `@${ACCOUNTS.user1.username} post1`,
    } as never);
    await townSquare().locator('#unreadMentions.badge', { hasText: '1' }).waitFor();
    assert.ok(
      await page.locator('#sidebarItem_town-square').evaluate((a) => a.classList.contains('unread-title')),
    );
    // The link keeps the channel's name: the count is not part of it.
    await page.getByRole('link', { name: 'Town Square', exact: true }).waitFor();
  });

  it('hides the badge while the channel menu is open, and shows it again once it closes', async () => {
    await townSquare().hover();
    await townSquare().getByRole('button', { name: 'Channel options for town-square' }).click();
    const menu = page.getByRole('menu', { name: 'Edit channel menu' });
    await menu.getByRole('menuitem', { name: 'Mark as Read' }).waitFor();
    assert.equal(await townSquare().locator('.badge').isVisible(), false);
    await page.keyboard.press('Escape');
    await townSquare().locator('.badge').waitFor();
  });

  it('Mark as Read clears the unread mark and the badge; Mark as Unread sets it again', async () => {
    await townSquare().hover();
    await townSquare().getByRole('button', { name: 'Channel options for town-square' }).click();
    await page.getByRole('menuitem', { name: 'Mark as Read' }).click();
    await townSquare().locator('.badge').waitFor({ state: 'detached' });
    assert.ok(
      !(await page.locator('#sidebarItem_town-square').evaluate((a) => a.classList.contains('unread-title'))),
    );
    await townSquare().hover();
    await townSquare().getByRole('button', { name: 'Channel options for town-square' }).click();
    await page.getByRole('menuitem', { name: 'Mark as Unread' }).click();
    await townSquare().locator('.badge', { hasText: '1' }).waitFor();
  });

  it('opening the channel reads it', async () => {
    await page.locator('#sidebarItem_town-square').click();
    await page.locator('#channelHeaderTitle', { hasText: 'Town Square' }).waitFor();
    await page.locator('#sidebarItem_off-topic').click();
    await page.locator('#channelHeaderTitle', { hasText: 'Off-Topic' }).waitFor();
    assert.equal(await townSquare().locator('.badge').count(), 0);
    assert.ok(
      !(await page.locator('#sidebarItem_town-square').evaluate((a) => a.classList.contains('unread-title'))),
    );
  });
});
