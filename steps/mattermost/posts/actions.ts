import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { POST, RHS } from './selectors';
import { type PostRecord, rememberPost, targetPost } from './targets';

/** What a post looked like when a step acted on it, so that "No changes are made" can compare. */
export interface PostSnapshot {
  post: PostRecord;
  text: string;
  edited: boolean;
  /** The text typed into its edit box, when a step edited it. */
  typed?: string;
}

const actedOn = new WeakMap<CasebookWorld, PostSnapshot>();

export function lastActedOn(world: CasebookWorld): PostSnapshot {
  const snapshot = actedOn.get(world);
  if (!snapshot) throw new Error('no step of this scenario acted on a post yet');
  return snapshot;
}

/** The post's element in the center or in the RHS (`where` is the line's "in the RHS" / "in the center"). */
export function postElement(page: Page, post: PostRecord, where: 'center' | 'rhs' = 'center'): Locator {
  return page.locator(where === 'rhs' ? POST.inRhs(post.id) : POST.inCenter(post.id));
}

/** Notes `post` as the one the step acted on (what "the message" of later lines is compared against). */
export async function snapshot(world: CasebookWorld, page: Page, post: PostRecord): Promise<void> {
  // A search result may show the same message (and id) beside the center's: the first is the center's.
  const text = (await page.locator(POST.text(post.id)).first().textContent()) ?? '';
  const edited = (await page.locator(POST.edited(post.id)).count()) > 0;
  actedOn.set(world, { post, text, edited });
}

/** Hovers the post and opens its "Post extra options" menu, as a tester clicks "[...]". */
export async function openDotMenu(
  world: CasebookWorld,
  page: Page,
  post: PostRecord,
  where: 'center' | 'rhs',
) {
  await snapshot(world, page, post);
  // "In RHS, click [...] on a post" while the RHS lists search results (or pinned, saved): that result's menu.
  const listed = where === 'rhs' && (await page.locator(POST.inRhsList(post.id)).isVisible());
  const element = listed ? page.locator(POST.inRhsList(post.id)) : postElement(page, post, where);
  await expectVisible(element, `the post "${post.message}"`, world.timeouts.expectMs);
  await element.scrollIntoViewIfNeeded();
  await element.hover();
  const location = listed
    ? 'SEARCH'
    : where === 'rhs'
      ? post.root_id
        ? 'RHS_COMMENT'
        : 'RHS_ROOT'
      : 'CENTER';
  await element.locator(POST.dotButton(location, post.id)).click();
  const menu = page.getByRole('menu', { name: POST.dotMenuName });
  await expectVisible(menu, 'the "Post extra options" menu', world.timeouts.expectMs);
  return menu;
}

/** "Pin to channel" → the item "Pin to Channel"; "Un-pin from channel" → "Unpin from Channel". */
export function menuItemName(item: string): RegExp {
  const words = item
    .trim()
    .toLowerCase()
    .replace(/^un-?pin/, 'unpin')
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${words.join('\\s+')}$`, 'i');
}

/** Chooses an item of a post's dot menu. */
export async function chooseFromDotMenu(
  world: CasebookWorld,
  post: PostRecord,
  item: string,
  where: 'center' | 'rhs' = 'center',
): Promise<void> {
  const page = await world.appPage();
  const menu = await openDotMenu(world, page, post, where);
  const entry = menu.getByRole('menuitem', { name: menuItemName(item) });
  await expectVisible(entry, `"${item}" in the "Post extra options" menu`, world.timeouts.expectMs);
  await entry.click();
}

const replyArrowFocus = new WeakMap<CasebookWorld, boolean[]>();

/**
 * Whether the RHS reply box had the focus right after each click of a reply arrow in the scenario, in order
 * (what "the RHS textbox is focused the first time Reply arrow is clicked" is about, read at the end).
 */
export function focusAfterReplyArrows(world: CasebookWorld): readonly boolean[] {
  return replyArrowFocus.get(world) ?? [];
}

/** Clicks the post's reply arrow (or its reply count) and waits for the RHS reply box. */
export async function clickReplyArrow(world: CasebookWorld, post: PostRecord): Promise<void> {
  const page = await world.appPage();
  await snapshot(world, page, post);
  const element = postElement(page, post);
  await element.hover();
  await element.locator(POST.replyButton('CENTER', post.id)).click();
  const box = page.locator(RHS.replyBox);
  await expectVisible(box, 'the reply box of the RHS', world.timeouts.expectMs);
  // The app moves the focus once the thread has loaded: wait a little for it, not for ever.
  const focused = await box
    .evaluate((element) => element === document.activeElement)
    .then(
      async (now) =>
        now ||
        (await page
          .waitForFunction(
            (selector) => document.activeElement === document.querySelector(selector),
            RHS.replyBox,
            { timeout: 2_000 },
          )
          .then(
            () => true,
            () => false,
          )),
    );
  replyArrowFocus.set(world, [...focusAfterReplyArrows(world), focused]);
}

/** Types a reply in the RHS and sends it with Enter; waits until the RHS shows it and remembers it. */
export async function replyInRhs(world: CasebookWorld, text: string): Promise<PostRecord> {
  const page = await world.appPage();
  const box = page.locator(RHS.replyBox);
  await expectVisible(box, 'the reply box of the RHS (open a thread first)', world.timeouts.expectMs);
  const before = await page.locator(RHS.posts).count();
  await box.fill(text);
  await box.press('Enter');
  const shown = page.locator(RHS.posts).nth(before);
  await expectVisible(shown, `the reply "${text}" in the RHS`, world.timeouts.expectMs);
  const id = ((await shown.getAttribute('id')) ?? '').replace(/^rhsPost_/, '');
  const root = (await page.locator(RHS.posts).first().getAttribute('id'))?.replace(/^rhsPost_/, '') ?? '';
  const reply = { id, channel_id: '', root_id: root, message: text };
  rememberPost(world, reply, 'rhs');
  return reply;
}

/** Confirms the open delete dialog and waits until the post has left the center. */
export async function confirmDelete(world: CasebookWorld, post: PostRecord): Promise<void> {
  const page = await world.appPage();
  const modal = page.locator(POST.deleteModal);
  await expectVisible(modal, 'the delete confirmation dialog', world.timeouts.expectMs);
  await modal.locator(POST.deleteConfirm).click();
  await postElement(page, post).waitFor({ state: 'detached', timeout: world.timeouts.expectMs });
}

/** Changes the text in the open edit box (opening it from the dot menu on the latest own post if needed). */
export async function changeEditText(world: CasebookWorld, post: PostRecord | undefined): Promise<string> {
  const page = await world.appPage();
  const box = page.locator(POST.editBox);
  if (!(await box.isVisible()) && post) await chooseFromDotMenu(world, post, 'Edit');
  await expectVisible(box, 'the edit box (#edit_textbox)', world.timeouts.expectMs);
  const id = (
    await box.evaluate(
      (element) => element.closest('[data-testid="postView"], [id^="searchResult_"]')?.id ?? '',
    )
  ).replace(/^(?:post|searchResult)_/, '');
  if (!id) throw new Error('the edit box is not inside a post');
  if (actedOn.get(world)?.post.id !== id) {
    await snapshot(world, page, { id, channel_id: '', root_id: '', message: '' });
  }
  const text = `${await box.inputValue()} (changed by casebook)`;
  await box.fill(text);
  (actedOn.get(world) as PostSnapshot).typed = text;
  return text;
}

/** Replies in the RHS to the post the line means, opening its thread first when the RHS has no reply box. */
export async function replyToTargetInRhs(world: CasebookWorld, text: string): Promise<PostRecord> {
  const page = await world.appPage();
  if (!(await page.locator(RHS.replyBox).isVisible()))
    await clickReplyArrow(world, await targetPost(world, 'message'));
  return replyInRhs(world, text);
}
