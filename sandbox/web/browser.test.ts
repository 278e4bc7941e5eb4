import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

const EXPIRED_BODY = 'Session Expired: Please sign in to continue receiving notifications.';
const NOTIFICATION_SPY = `
  (() => {
    const Original = window.Notification;
    class Captured extends Original {
      constructor(title, options = {}) {
        super(title, options);
        window.__onNotification({ title, body: options.body, tag: options.tag, requireInteraction: options.requireInteraction });
      }
    }
    Object.defineProperty(Captured, 'permission', { get: () => Original.permission });
    Object.defineProperty(Captured, 'requestPermission', { value: Original.requestPermission.bind(Original) });
    window.Notification = Captured;
  })();
`;
type CapturedNotification = { title: string; body: string; tag: string; requireInteraction: boolean };

/** Wraps window.Notification in every document of the context and reports each one to the test. */
async function captureNotifications(context: BrowserContext, url: string): Promise<CapturedNotification[]> {
  const captured: CapturedNotification[] = [];
  await context.grantPermissions(['notifications'], { origin: url });
  await context.exposeBinding('__onNotification', (_source, notification: CapturedNotification) => {
    captured.push(notification);
  });
  // A string, not a function: the page gets this text as written, not what a compiler makes of a function.
  await context.addInitScript({ content: NOTIFICATION_SPY });
  return captured;
}

async function waitUntil(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('web app in Chromium', { timeout: 120_000 }, () => {
  const web = sandboxInBrowser({ statusIntervalMs: 500 });
  const newPage = async () => (await web.browser.newContext()).newPage();

  it('login page: Mattermost texts and errors, then the channel view', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/login`);
    assert.equal(await page.title(), 'Mattermost');
    await page.getByRole('heading', { name: 'Log in to your account' }).waitFor();
    assert.equal(await page.locator('p.login-body-card-title').textContent(), 'Log in');
    const submit = page.getByRole('button', { name: 'Log in' });
    await submit.click();
    await page.getByText('Please enter your email or username').waitFor();
    await page.getByLabel('Email or Username').fill('user-1');
    await submit.click();
    await page.getByText('Please enter your password').waitFor();
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await submit.click();
    await page.getByText('The email/username or password is invalid.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('was_logged_in')), null);
    await page.locator('#password_toggle').click();
    assert.equal(await page.locator('#input_password-input').getAttribute('type'), 'text');
    await page.getByLabel('Password', { exact: true }).fill('SampleUs@r-1');
    await submit.click();
    await page.waitForURL(`${web.url}/casebook/channels/town-square`);
    // The header is filled in after the URL changes; the view shows only once it is loaded.
    await page.locator('#channel_view').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('was_logged_in')), 'true');
    assert.equal(await page.locator('#channelHeaderTitle').textContent(), 'Town Square');
    await page.locator('#SidebarContainer').getByText('Casebook QA').waitFor();
    await page.getByRole('link', { name: 'Off-Topic' }).waitFor();
    assert.equal(
      await page.locator('#sidebarItem_off-topic').getAttribute('href'),
      '/casebook/channels/off-topic',
    );
    await page.context().close();
  });

  it('channel view: Enter posts, Shift+Enter adds a line, others see it live', async () => {
    const author = await newPage();
    const reader = await newPage();
    await logInThroughUi(author, web.url, ACCOUNTS.user1);
    await logInThroughUi(reader, web.url, ACCOUNTS.user2);
    const box = author.getByRole('textbox', { name: 'write to Town Square' });
    assert.equal(await box.getAttribute('placeholder'), 'Write to Town Square');
    await box.fill('first line');
    await box.press('Shift+Enter');
    await box.pressSequentially('second line');
    await box.press('Enter');
    const mine = author.locator('#postListContent .post-message__text', { hasText: 'second line' });
    await mine.waitFor();
    assert.equal(await mine.textContent(), 'first line\nsecond line');
    assert.equal(await box.inputValue(), '');
    await reader.locator('#postListContent .post-message__text', { hasText: 'second line' }).waitFor();
    const postId = await author.locator('#postListContent .post').last().getAttribute('id');
    assert.match(postId ?? '', /^post_[a-z0-9]{26}$/);
    await author.context().close();
    await reader.context().close();
  });

  it('channel view: messages sent back to back all post, in the order sent', async () => {
    const author = await newPage();
    await logInThroughUi(author, web.url, ACCOUNTS.user1);
    const box = author.locator('#post_textbox');
    const numbers = ['n1', 'n2', 'n3', 'n4', 'n5'];
    for (const text of numbers) {
      await box.fill(text);
      await box.press('Enter');
    }
    const texts = author.locator('#postListContent .post-message__text');
    await texts.filter({ hasText: /^n5$/ }).waitFor();
    assert.deepEqual((await texts.allTextContents()).slice(-5), numbers);
    await author.context().close();
  });

  it('Account Settings: desktop notifications set to Never are saved', async () => {
    const page = await newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
    await page.getByRole('button', { name: 'main menu' }).click();
    await page.locator('#sidebarDropdownMenu').getByRole('menuitem', { name: 'Account Settings' }).click();
    const modal = page.getByRole('dialog', { name: 'Account Settings' });
    await modal.getByRole('tab', { name: 'Notifications' }).click();
    assert.equal(await modal.locator('#desktopTitle').textContent(), 'Desktop Notifications');
    await modal.locator('#desktopEdit').click();
    await modal.getByRole('group', { name: 'Send desktop notifications' }).waitFor();
    await modal.getByLabel('Never').check();
    await modal.locator('#saveSetting').click();
    await modal.locator('#desktopDesc', { hasText: 'Off' }).waitFor();
    const saved = await page.evaluate(
      async () => (await (await fetch('/api/v4/users/me')).json()).notify_props.desktop,
    );
    assert.equal(saved, 'none');
    await modal.getByRole('button', { name: 'Close' }).click();
    await modal.waitFor({ state: 'detached' });
    await page.reload();
    // 9.x keeps Notifications in "Settings" (the header gear), not in "Profile" (the avatar menu).
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.locator('#notificationsButton').click();
    assert.equal(await page.locator('#desktopDesc').textContent(), 'Off');
    await page.context().close();
  });

  it('revoking a session from Active Sessions expires the other tab: banner, title and notification', async () => {
    const admin = await loggedInClient(web.url, ACCOUNTS.admin);
    const user2 = await admin.getUserByUsername('user-2');
    // The expiry notification ignores the desktop notification setting (MM-T418 sets it to Never first).
    await admin.patchUser({ id: user2.id, notify_props: { ...user2.notify_props, desktop: 'none' } });
    const before = new Set((await admin.getSessions(user2.id)).map((session) => session.id));
    const contextA = await web.browser.newContext();
    const notifications = await captureNotifications(contextA, web.url);
    const pageA = await contextA.newPage();
    await logInThroughUi(pageA, web.url, ACCOUNTS.user2);
    const sessionA = (await admin.getSessions(user2.id)).find((session) => !before.has(session.id))!;

    const pageB = await newPage();
    await logInThroughUi(pageB, web.url, ACCOUNTS.user2);
    await pageB.getByRole('button', { name: "User's account menu" }).click();
    await pageB.getByRole('menuitem', { name: 'Profile' }).click();
    await pageB.locator('#securityButton').click();
    await pageB.getByRole('heading', { name: 'Security Settings' }).waitFor();
    await pageB.getByRole('button', { name: 'View and Log Out of Active Sessions' }).click();
    const sessions = pageB.getByRole('dialog', { name: 'Active Sessions' });
    await sessions.getByText(/^Sessions are created when you log in/).waitFor();
    const row = sessions.locator('.activity-log__table', { hasText: sessionA.id });
    await sessions.locator('.activity-log__table').first().waitFor();
    const moreInfo = sessions.getByText('More info');
    while ((await moreInfo.count()) > 0) await moreInfo.first().click();
    assert.match((await row.locator('.report__platform').textContent()) ?? '', /Linux/);
    assert.match(
      (await row.locator('.report__info').textContent()) ?? '',
      /Last activity: .*First time active: .*OS: Linux.*Browser: Chrome\/\d+/s,
    );
    await row.getByRole('button', { name: 'Log Out' }).click();
    await row.waitFor({ state: 'detached' });

    await pageA.waitForURL(/\/login\?redirect_to=%2Fcasebook%2Fchannels%2Ftown-square&extra=expired$/, {
      timeout: 10_000,
    });
    const banner = pageA.locator('.login-body-card-content .AlertBanner.warning.login-body-card-banner');
    assert.equal(
      await banner.locator('.AlertBanner__title').textContent(),
      'Your session has expired. Please log in again.',
    );
    assert.equal(await banner.getAttribute('role'), 'alert');
    await waitUntil(() => notifications.length > 0, 'the session-expired notification');
    assert.deepEqual(notifications, [
      { title: 'Mattermost', body: EXPIRED_BODY, tag: EXPIRED_BODY, requireInteraction: true },
    ]);
    assert.equal(await pageA.title(), '* Mattermost - Session Expired');
    assert.ok(await pageB.locator('#channel_view').isVisible(), 'the revoking tab stays logged in');

    await pageA.locator('#input_loginId').pressSequentially('u');
    await banner.waitFor({ state: 'detached' });
    assert.equal(await pageA.evaluate(() => localStorage.getItem('was_logged_in')), 'false');
    assert.equal(await pageA.title(), 'Mattermost');
    await contextA.close();
    await pageB.context().close();
  });

  it('a deliberate Log Out shows no expiry banner', async () => {
    const page = await newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
    await page.getByRole('button', { name: 'main menu' }).click();
    await page.getByRole('menuitem', { name: 'Log Out' }).click();
    await page.waitForURL(`${web.url}/login`);
    await page.getByRole('heading', { name: 'Log in to your account' }).waitFor();
    assert.equal(await page.locator('.AlertBanner').count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('was_logged_in')), 'false');
    await page.goto(`${web.url}/casebook/channels/town-square`);
    await page.waitForURL(/\/login\?redirect_to=/);
    assert.equal(await page.locator('.AlertBanner').count(), 0);
    await page.context().close();
  });
});
