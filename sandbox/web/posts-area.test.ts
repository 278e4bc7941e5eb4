import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, type Account, loggedInClient } from '../testing/fixtures';

describe('the posts area: post menu, edit, delete, reply thread, pins', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();
  let page: Page;
  const errors: string[] = [];

  async function logIn(account: Account): Promise<Page> {
    const tab = await (await web.browser.newContext()).newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    await logInThroughUi(tab, web.url, account, '/login?redirect_to=/casebook/channels/off-topic');
    return tab;
  }

  async function post(text: string): Promise<string> {
    await page.locator('#post_textbox').fill(text);
    await page.locator('#post_textbox').press('Enter');
    const element = page.locator('[data-testid="postView"]', { hasText: text }).last();
    await element.waitFor();
    return (await element.getAttribute('id'))?.replace('post_', '') ?? '';
  }

  async function openDotMenu(id: string) {
    await page.locator(`#post_${id}`).hover();
    await page.locator(`#CENTER_button_${id}`).click();
    return page.getByRole('menu', { name: 'Post extra options' });
  }

  before(async () => {
    page = await logIn(ACCOUNTS.user1);
  });

  it('shows the hover menu only on hover, and edits from the dot menu with the Edited indicator', async () => {
    const id = await post('first text');
    assert.equal(await page.locator(`#CENTER_button_${id}`).isVisible(), false);
    const menu = await openDotMenu(id);
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), [
      'Reply',
      'Save',
      'Pin to Channel',
      'Edit',
      'Delete',
    ]);
    await menu.getByRole('menuitem', { name: 'Edit' }).click();
    await page.locator('#edit_textbox').fill('second text');
    await page.locator('#edit_textbox').press('Enter');
    await page.locator(`#postEdited_${id}`).waitFor();
    assert.equal(await page.locator(`#postMessageText_${id}`).textContent(), 'second text');
    assert.equal(await page.locator(`#postEdited_${id}`).textContent(), 'Edited');
  });

  it('edits the last own post with Up arrow; Escape leaves it unchanged', async () => {
    const id = await post('up arrow me');
    await page.locator('#post_textbox').press('ArrowUp');
    await page.locator('#edit_textbox').fill('changed?');
    await page.locator('#edit_textbox').press('Escape');
    assert.equal(await page.locator('#edit_textbox').count(), 0);
    assert.equal(await page.locator(`#postMessageText_${id}`).textContent(), 'up arrow me');
    assert.equal(await page.locator(`#postEdited_${id}`).count(), 0);
  });

  it('passes over a newer system message: Up edits the last own post, Shift+Up replies to it', async () => {
    const id = await post('before the header change');
    const me = await loggedInClient(web.url, ACCOUNTS.user1);
    const [team] = await me.getMyTeams();
    const channel = await me.getChannelByName(team.id, 'off-topic');
    await me.patchChannel(channel.id, { header: `header ${Date.now()}` });
    await page.locator('[data-testid="postView"].post--system').last().waitFor();
    assert.equal(
      await page.locator('[data-testid="postView"]').last().getAttribute('id'),
      await page.locator('[data-testid="postView"].post--system').last().getAttribute('id'),
    );
    await page.locator('#post_textbox').press('ArrowUp');
    await page.locator(`#post_${id} #edit_textbox`).waitFor();
    await page.locator('#edit_textbox').press('Escape');
    await page.locator('#post_textbox').press('Shift+ArrowUp');
    await page.locator(`#sidebar-right #rhsPost_${id}`).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reply_textbox');
  });

  it('deletes after the confirm dialog, and Cancel keeps the post', async () => {
    const id = await post('delete me');
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = page.locator('#deletePostModal');
    assert.equal(await dialog.getByRole('heading').textContent(), 'Confirm Post Delete');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.locator(`#post_${id}`).count(), 1);
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Delete' }).click();
    await page.locator('#deletePostModalButton').click();
    await page.locator(`#post_${id}`).waitFor({ state: 'detached' });
  });

  it('replies in the RHS: send disabled while empty, reply in RHS and center, count on the root, +:emoji: reacts', async () => {
    const id = await post('root of a thread');
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Reply' }).click();
    const rhs = page.locator('#sidebar-right');
    await rhs.waitFor();
    assert.ok(await page.locator('#reply_textbox').evaluate((box) => box === document.activeElement));
    assert.equal(await rhs.getByTestId('SendMessageButton').isDisabled(), true);
    await page.locator('#reply_textbox').fill('a reply');
    assert.equal(await rhs.getByTestId('SendMessageButton').isDisabled(), false);
    await page.locator('#reply_textbox').press('Enter');
    await rhs.getByTestId('rhsPostView').filter({ hasText: 'a reply' }).waitFor();
    await page.locator('[data-testid="postView"].post--comment', { hasText: 'a reply' }).waitFor();
    assert.equal(
      await page.locator(`#CENTER_commentIcon_${id} .post-menu__comment-count`).textContent(),
      '1',
    );
    // "+:emoji:" reacts to the thread's latest post: here the reply.
    const replyId = ((await rhs.getByTestId('rhsPostView').last().getAttribute('id')) ?? '').replace(
      'rhsPost_',
      '',
    );
    await page.locator('#reply_textbox').fill('+:+1:');
    await page.locator('#reply_textbox').press('Enter');
    const reaction = page.locator(`#post_${replyId} .Reaction`);
    await reaction.waitFor();
    assert.equal(await reaction.getAttribute('id'), `postReaction-${replyId}-+1`);
    assert.equal(await reaction.locator('.Reaction__count').textContent(), '1');
    assert.equal(await rhs.getByTestId('rhsPostView').count(), 2, '"+:+1:" reacts instead of posting');
    await rhs.getByRole('button', { name: 'Close' }).click();
    assert.equal(await rhs.count(), 0);
  });

  it('pins: the Pinned badge in the channel, the pinned list in the RHS, and live edits from another user', async () => {
    const id = await post('pin this');
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Pin to Channel' }).click();
    await page.locator(`#post_${id} .post-pre-header`, { hasText: 'Pinned' }).waitFor();
    await page.locator('#channelHeaderPinButton').click();
    const rhs = page.locator('#sidebar-right');
    await rhs.getByTestId('search-item-container').filter({ hasText: 'pin this' }).waitFor();
    assert.match((await rhs.locator('.sidebar--right__title').textContent()) ?? '', /^Pinned messages/);
    const admin = await loggedInClient(web.url, ACCOUNTS.admin);
    await admin.patchPost({ id, message: 'edited by admin' } as never);
    await page.locator(`#postMessageText_${id}`, { hasText: 'edited by admin' }).waitFor();
    await page.locator(`#postEdited_${id}`).waitFor();
    assert.deepEqual(errors, []);
  });

  it('saves: the save icon and "Saved" badge, the Saved messages list, unsaving from the list', async () => {
    const id = await post('save this');
    const element = page.locator(`#post_${id}`);
    await element.hover();
    const icon = page.locator(`#CENTER_flagIcon_${id}`);
    assert.equal(await icon.getAttribute('aria-label'), 'save');
    await icon.click();
    await page.locator(`#post_${id} .post-pre-header`, { hasText: 'Saved' }).waitFor();
    assert.equal(await icon.getAttribute('aria-label'), 'remove from saved');
    await page.getByRole('button', { name: 'Saved messages' }).click();
    const rhs = page.locator('#sidebar-right');
    const item = rhs.locator(`#searchResult_${id}`);
    await item.waitFor();
    assert.equal((await rhs.locator('.sidebar--right__title').textContent())?.trim(), 'Saved messages');
    await item.hover();
    await item.locator(`#SEARCH_flagIcon_${id}`).click();
    await rhs.locator('.no-results__title', { hasText: 'No saved messages yet' }).waitFor();
    assert.equal(await page.locator(`#post_${id} .post-pre-header`).count(), 0);
    assert.equal(await icon.getAttribute('aria-label'), 'save');
    await page.getByRole('button', { name: 'Saved messages' }).click();
    assert.equal(await rhs.count(), 0);
    assert.deepEqual(errors, []);
  });

  it('badges in the RHS lists: the saved list shows Pinned (not Saved), the pinned list Saved (not Pinned), live', async () => {
    const id = await post('pin and save this');
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Pin to Channel' }).click();
    await page.locator(`#post_${id} .post-pre-header`, { hasText: 'Pinned' }).waitFor();
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Saved messages' }).click();
    const item = page.locator(`#sidebar-right #searchResult_${id}`);
    await item.waitFor();
    assert.deepEqual(await item.locator('.post-pre-header').allTextContents(), ['Pinned']);
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Unpin from Channel' }).click();
    await item.locator('.post-pre-header').waitFor({ state: 'detached' });
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Pin to Channel' }).click();
    await page.locator('#channelHeaderPinButton').click();
    const pinned = page.locator(`#sidebar-right #searchResult_${id}`);
    await pinned.waitFor();
    assert.deepEqual(await pinned.locator('.post-pre-header').allTextContents(), ['Saved']);
    assert.deepEqual(errors, []);
  });

  it('search results carry the Pinned badge (live), the save icon and an inline Edit, with the highlighted text kept', async () => {
    const id = await post('zebrafinch pinned for search');
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Pin to Channel' }).click();
    await page.locator(`#post_${id} .post-pre-header`, { hasText: 'Pinned' }).waitFor();
    await page.locator('#searchFormContainer').click();
    const input = page.locator('#searchBox').getByLabel('Search messages');
    await input.fill('zebrafinch');
    await input.press('Enter');
    const item = page.locator(`#searchContainer #searchResult_${id}`);
    await item.locator('.post-pre-header', { hasText: 'Pinned' }).waitFor();
    assert.equal(await item.locator('[data-testid="search-highlight"]').textContent(), 'zebrafinch');
    await (await openDotMenu(id)).getByRole('menuitem', { name: 'Unpin from Channel' }).click();
    await item.locator('.post-pre-header').waitFor({ state: 'detached' });
    await item.hover();
    await item.locator(`#SEARCH_flagIcon_${id}`).click();
    await page.locator(`#post_${id} .post-pre-header`, { hasText: 'Saved' }).waitFor();
    await item.locator(`#SEARCH_button_${id}`).click();
    await page.locator(`#SEARCH_dropdown_${id}`).getByRole('menuitem', { name: 'Edit' }).click();
    await item.locator('#edit_textbox').fill('zebrafinch edited in the results');
    await item.locator('#edit_textbox').press('Enter');
    await item.locator('.post-edited__indicator', { hasText: 'Edited' }).waitFor();
    assert.equal(await page.locator(`#postEdited_${id}`).textContent(), 'Edited');
    assert.deepEqual(errors, []);
  });
});
