import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, type Account, loggedInClient } from '../testing/fixtures';

// Editing in Account Settings (General, Security > Password), Ctrl+Shift+A, and desktop notifications for posts.
describe('account settings and post notifications in Chromium', { timeout: 120_000 }, () => {
  const web = sandboxInBrowser({ statusIntervalMs: 60_000 });

  async function loggedIn(
    account: Account,
    notifications: { title: string; body: string }[] = [],
  ): Promise<Page> {
    const context = await web.browser.newContext();
    await context.grantPermissions(['notifications'], { origin: web.url });
    await context.exposeBinding('__notified', (_source, n: { title: string; body: string }) =>
      notifications.push(n),
    );
    await context.addInitScript({
      content: `(() => { const N = window.Notification; window.Notification = class extends N {
        constructor(title, options = {}) { super(title, options); window.__notified({ title, body: options.body }); } }; })();`,
    });
    const page = await context.newPage();
    await logInThroughUi(page, web.url, account);
    return page;
  }

  /** The text of `selector` once it shows (the server answers after the click). */
  async function shownText(page: Page, selector: string): Promise<string | null> {
    await page.locator(selector).filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
    return page.locator(selector).textContent();
  }

  async function openTab(page: Page, tab: string): Promise<void> {
    await page.getByRole('button', { name: 'main menu' }).click();
    await page.getByRole('menuitem', { name: 'Account Settings' }).click();
    await page.locator(`#${tab}Button`).click();
  }

  it('General: Full Name saves, Cancel reverts, a bad username shows the rule', async () => {
    const page = await loggedIn(ACCOUNTS.user1);
    await openTab(page, 'general');
    await page.locator('#nameEdit').click();
    await page.getByLabel('First Name').fill('Samwise');
    await page.locator('#saveSetting').click();
    assert.equal(await page.locator('#nameDesc').textContent(), 'Samwise Tucker');
    await page.locator('#nameEdit').click();
    await page.getByLabel('First Name').fill('');
    await page.getByLabel('Last Name').fill('');
    await page.locator('#cancelSetting').click();
    assert.equal(await page.locator('#nameDesc').textContent(), 'Samwise Tucker');
    await page.locator('#usernameEdit').click();
    await page.getByLabel('Username').fill('_bad');
    await page.locator('#saveSetting').click();
    assert.match(
      (await page.locator('#clientError').textContent()) ?? '',
      /^Username must begin with a letter/,
    );
    await page.context().close();
  });

  it('General: a taken username is the server error; Email checks its fields, then asks for the password', async () => {
    const page = await loggedIn(ACCOUNTS.user1);
    await openTab(page, 'general');
    await page.locator('#usernameEdit').click();
    await page.getByLabel('Username').fill(ACCOUNTS.user2.username);
    await page.locator('#saveSetting').click();
    assert.equal(await shownText(page, '#serverError'), 'Unable to find the existing account to update.');
    await page.locator('#cancelSetting').click();
    await page.locator('#emailEdit').click();
    await page.getByLabel('New Email').fill('someone-new@example.com');
    await page.locator('#saveSetting').click();
    assert.equal(
      await page.locator('#clientError').textContent(),
      'The new emails you entered do not match.',
    );
    await page.getByLabel('Confirm Email').fill('someone-new@example.com');
    await page.getByLabel('Current Password').fill('not-the-password');
    await page.locator('#saveSetting').click();
    assert.equal(await shownText(page, '#serverError'), 'Your password is incorrect.');
    assert.match(page.url(), /\/channels\//, 'a wrong password does not end the session');
    await page.context().close();
  });

  it('Security: the password section checks its fields, then saves', async () => {
    const page = await loggedIn(ACCOUNTS.user2);
    await openTab(page, 'security');
    await page.locator('#passwordEdit').click();
    await page.locator('#saveSetting').click();
    assert.equal(await page.locator('#clientError').textContent(), 'Please enter your current password.');
    await page.getByLabel('Current Password').fill(ACCOUNTS.user2.password);
    await page.getByLabel('New Password', { exact: true }).fill('Changed-pass-2');
    await page.getByLabel('Retype New Password').fill('Changed-pass-3');
    await page.locator('#saveSetting').click();
    assert.equal(
      await page.locator('#clientError').textContent(),
      'The new passwords you entered do not match.',
    );
    await page.getByLabel('Retype New Password').fill('Changed-pass-2');
    await page.locator('#saveSetting').click();
    await page.locator('#passwordDesc').waitFor();
    assert.match((await page.locator('#passwordDesc').textContent()) ?? '', /^Last updated /);
    const client = await loggedInClient(web.url, {
      username: 'user-2',
      password: 'Changed-pass-2',
    } as never);
    await client.updateUserPassword((await client.getMe()).id, 'Changed-pass-2', ACCOUNTS.user2.password);
    await page.context().close();
  });

  it('the avatar menu\'s Profile opens "Profile" (Profile, Security); the header gear opens "Settings"', async () => {
    const page = await loggedIn(ACCOUNTS.user1);
    const tabsOf = (dialog: string) =>
      page.getByRole('dialog', { name: dialog }).getByRole('tab').allTextContents();
    await page.getByRole('button', { name: "User's account menu" }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.getByRole('dialog', { name: 'Profile' }).waitFor();
    assert.deepEqual(await tabsOf('Profile'), ['Profile', 'Security']);
    assert.equal(await page.locator('#profileButton').getAttribute('aria-selected'), 'true');
    await page.getByRole('dialog', { name: 'Profile' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    const settingsTabs = await tabsOf('Settings');
    assert.equal(settingsTabs[0], 'Notifications');
    assert.ok(
      settingsTabs.includes('Display') && !settingsTabs.includes('Security'),
      settingsTabs.join(', '),
    );
    await page.context().close();
  });

  it('Ctrl+Shift+A opens Account Settings, and closes it again', async () => {
    const page = await loggedIn(ACCOUNTS.user1);
    await page.keyboard.press('Control+Shift+A');
    await page.getByRole('dialog', { name: 'Account Settings' }).waitFor();
    await page.keyboard.press('Control+Shift+A');
    await page.getByRole('dialog', { name: 'Account Settings' }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('notifies of a mention in another channel, unless desktop notifications are set to Never', async () => {
    const seen: { title: string; body: string }[] = [];
    const page = await loggedIn(ACCOUNTS.user1, seen);
    const other = await loggedInClient(web.url, ACCOUNTS.user2);
    const team = (await other.getMyTeams())[0];
    const offTopic = await other.getChannelByName(team.id, 'off-topic');
    await other.createPost({ channel_id: offTopic.id, message: 'no mention here' } as never);
    await other.createPost({ channel_id: offTopic.id, message: 'hello @user-1' } as never);
    for (let waited = 0; seen.length === 0 && waited < 5_000; waited += 100) await page.waitForTimeout(100);
    assert.deepEqual(seen, [{ title: 'Off-Topic', body: '@user-2: hello @user-1' }]);

    await page.reload();
    await openTab(page, 'notifications');
    await page.locator('#desktopEdit').click();
    await page.locator('#desktopNotificationNever').check();
    await page.locator('#saveSetting').click();
    await page.locator('#desktopDesc').waitFor();
    await other.createPost({ channel_id: offTopic.id, message: 'again @user-1' } as never);
    await page.waitForTimeout(1_000);
    assert.equal(seen.length, 1);
    const self = await loggedInClient(web.url, ACCOUNTS.user1);
    const me = await self.getMe();
    await self.patchUser({ id: me.id, notify_props: { ...me.notify_props, desktop: 'mention' } } as never);
    await page.context().close();
  });
  it('Words That Trigger Mentions: @channel notifies until unchecked; an own word notifies and is highlighted', async () => {
    const seen: { title: string; body: string }[] = [];
    const page = await loggedIn(ACCOUNTS.user1, seen);
    const other = await loggedInClient(web.url, ACCOUNTS.user2);
    const team = (await other.getMyTeams())[0];
    const offTopic = await other.getChannelByName(team.id, 'off-topic');
    const townSquare = await other.getChannelByName(team.id, 'town-square');
    const waitFor = async (count: number) => {
      for (let waited = 0; seen.length < count && waited < 5_000; waited += 100)
        await page.waitForTimeout(100);
    };
    await other.createPost({ channel_id: offTopic.id, message: '@channel first' } as never);
    await waitFor(1);
    assert.deepEqual(
      seen.map((n) => n.body),
      ['@user-2: @channel first'],
    );

    await openTab(page, 'notifications');
    await page.locator('#keysEdit').click();
    await page.locator('#notificationTriggerShouts').uncheck();
    await page.locator('#notificationTriggerCustomText').fill('asparagus');
    assert.equal(await page.locator('#notificationTriggerCustom').isChecked(), true);
    await page.locator('#saveSetting').click();
    assert.equal(await page.locator('#keysDesc').textContent(), '"@user-1", "asparagus"');
    // A page asks for the notification permission once; headless Chromium answers it for that page only.
    await page.reload();
    await page.locator('#channel_view').waitFor();

    await other.createPost({ channel_id: offTopic.id, message: '@channel second' } as never);
    await other.createPost({ channel_id: offTopic.id, message: 'Asparagus soup' } as never);
    await waitFor(2);
    await page.waitForTimeout(1_000);
    assert.deepEqual(
      seen.map((n) => n.body),
      ['@user-2: @channel first', '@user-2: Asparagus soup'],
    );
    const post = await other.createPost({
      channel_id: townSquare.id,
      message: 'more asparagus, please',
    } as never);
    const word = page.locator(`#postMessageText_${post.id} .mention--highlight`);
    await word.waitFor();
    assert.equal(await word.textContent(), 'asparagus');

    const self = await loggedInClient(web.url, ACCOUNTS.user1);
    const me = await self.getMe();
    await self.patchUser({
      id: me.id,
      notify_props: { ...me.notify_props, channel: 'true', mention_keys: '' },
    } as never);
    await page.context().close();
  });
});
