import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tabState } from './focus';
import { waitForNotification } from './notifications';
import { type SandboxAndBrowser, startSandboxAndBrowser } from './testing/sandbox-browser';

describe('BrowserSession against the sandbox', () => {
  let env: SandboxAndBrowser;
  before(async () => {
    env = await startSandboxAndBrowser();
  });
  after(async () => {
    await env?.close();
  });

  it('captures desktop notifications from every document of the session, across reloads', async () => {
    const session = await env.session();
    const page = session.page;
    await page.goto('/login');
    assert.equal(await page.evaluate(() => Notification.permission), 'granted');
    await page.evaluate(() => new Notification('Mattermost', { body: 'before reload' }));
    await page.reload();
    await page.evaluate(() => new Notification('Mattermost', { body: 'after reload', tag: 't' }));
    const tab = await session.openTab('/login');
    await tab.evaluate(() => new Notification('Other tab', { body: 'in a second tab' }));
    const last = await waitForNotification([session.notifications], (n) => n.title === 'Other tab', 5_000);
    assert.equal(last.body, 'in a second tab');
    assert.deepEqual(
      session.notifications.all.map((n) => n.body),
      ['before reload', 'after reload', 'in a second tab'],
    );
    assert.match(session.notifications.all[1].url, /\/login$/);
  });

  it('times out with what was raised instead', async () => {
    const session = await env.session();
    await session.page.goto('/login');
    await session.page.evaluate(() => new Notification('Mattermost', { body: 'unrelated' }));
    await assert.rejects(
      waitForNotification([session.notifications], (n) => n.body === 'wanted', 300),
      /no matching desktop notification within 0.3 s \(raised: "Mattermost: unrelated"\)/,
    );
  });

  it('hides the original tab when the focus moves to another one, across reloads, and shows it again', async () => {
    const session = await env.session();
    const original = session.page;
    await original.goto('/login');
    await original.evaluate(() => {
      const events: string[] = [];
      (window as unknown as { seen: string[] }).seen = events;
      document.addEventListener('visibilitychange', () =>
        events.push(`visibilitychange:${document.visibilityState}`),
      );
      window.addEventListener('blur', () => events.push('blur'));
      window.addEventListener('focus', () => events.push('focus'));
    });
    await session.openTab();
    assert.deepEqual(await tabState(original), { visibilityState: 'hidden', hidden: true, hasFocus: false });
    assert.deepEqual(await original.evaluate(() => (window as unknown as { seen: string[] }).seen), [
      'visibilitychange:hidden',
      'blur',
    ]);
    assert.deepEqual(await tabState(session.page), {
      visibilityState: 'visible',
      hidden: false,
      hasFocus: true,
    });

    await original.reload();
    assert.equal(
      (await tabState(original)).hidden,
      true,
      'a background tab stays hidden after the app reloads it',
    );

    await session.focusTab(session.firstTab);
    assert.equal(session.page, original);
    assert.deepEqual(await tabState(original), { visibilityState: 'visible', hidden: false, hasFocus: true });
  });
});
