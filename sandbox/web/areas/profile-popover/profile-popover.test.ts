import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logInThroughUi, sandboxInBrowser } from '../../../testing/browser';
import { ACCOUNTS, loggedInClient } from '../../../testing/fixtures';

// The profile popover in Chromium: opened from a post author's name, own popover with Edit Profile.
describe('profile popover in Chromium', { timeout: 120_000 }, () => {
  const web = sandboxInBrowser({ statusIntervalMs: 60_000 });

  it("shows an author's names and position; only one's own has Edit Profile, which opens the Profile dialog", async () => {
    const self = await loggedInClient(web.url, ACCOUNTS.user1);
    const me = await self.getMe();
    await self.patchMe({ position: 'Casebook Tester' });
    const other = await loggedInClient(web.url, ACCOUNTS.user2);
    const team = (await other.getMyTeams())[0];
    const townSquare = await other.getChannelByName(team.id, 'town-square');
    const theirs = await other.createPost({ channel_id: townSquare.id, message: 'from user 2' } as never);
    const mine = await self.createPost({ channel_id: townSquare.id, message: 'from user 1' } as never);

    const page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
    await page.locator(`#post_${theirs.id} .user-popover`).click();
    const popover = page.locator('#user-profile-popover');
    assert.equal(await popover.locator('.user-popover__username').textContent(), '@user-2');
    assert.equal(await popover.getByRole('button', { name: 'Edit Profile' }).count(), 0);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });

    await page.locator(`#post_${mine.id} .user-popover`).click();
    assert.equal(
      await popover.getByTestId('popover-fullname-user-1').textContent(),
      `${me.first_name} ${me.last_name}`,
    );
    assert.match((await popover.textContent()) ?? '', /Casebook Tester/);
    await popover.getByRole('button', { name: 'Edit Profile' }).click();
    await page.getByRole('dialog', { name: 'Profile' }).waitFor();
    assert.equal(await popover.count(), 0);
    await self.patchMe({ position: '' });
    await page.context().close();
  });
});
