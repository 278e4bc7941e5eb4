import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client4 } from '@mattermost/client';
import type { Post } from '@mattermost/types/posts';
import type { UserProfile } from '@mattermost/types/users';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

// The Threads view in Chromium: the sidebar's Threads item opens /<team>/threads; a newcomer sees the empty
// state, and once they reply somewhere the thread is listed with its reply count.
describe('the Threads view', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();

  it('shows the empty state to a user who follows no thread, then lists the thread they replied to', async () => {
    const admin = await loggedInClient(web.url, ACCOUNTS.admin);
    const [team] = await admin.getMyTeams();
    const newcomer = { username: `newcomer${Date.now()}`, password: 'Newc@mer-pass1' };
    const user = await admin.createUser(
      { ...newcomer, email: `${newcomer.username}@example.com` } as UserProfile,
      '',
      '',
    );
    await admin.addToTeam(team.id, user.id);

    const page = await web.logIn(newcomer);
    const channelUrl = page.url();
    await page.locator('#SidebarContainer').getByRole('link', { name: 'Threads' }).click();
    await page.locator('.GlobalThreads h1', { hasText: 'Followed threads' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/${team.name}/threads`);
    assert.equal(await page.locator('#channel_view').isVisible(), false);
    const emptyTitle = page.locator('[data-testid="no-results-title"]');
    assert.equal(await emptyTitle.textContent(), 'No followed threads yet');

    const client = new Client4();
    client.setUrl(web.url);
    await client.login(newcomer.username, newcomer.password);
    const townSquare = await client.getChannelByName(team.id, 'town-square');
    const root = await admin.createPost({ channel_id: townSquare.id, message: 'who wants lunch?' } as Post);
    await client.createPost({ channel_id: townSquare.id, message: 'me', root_id: root.id } as Post);
    await page.goBack();
    await page.locator('#channel_view').waitFor();
    assert.equal(page.url(), channelUrl);
    await page.locator('#sidebar-threads-button').click();
    const item = page.locator('#threads-list .ThreadItem', { hasText: 'who wants lunch?' });
    await item.waitFor();
    assert.match((await item.textContent()) ?? '', /1 reply/);
    assert.equal(await emptyTitle.count(), 0);
  });
});
