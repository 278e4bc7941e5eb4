import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { postElement, snapshot } from '../posts/actions';
import { POST, RHS } from '../posts/selectors';
import type { PostRecord } from '../posts/targets';
import { CHANNEL } from '../selectors';

/**
 * The RHS lists of posts (Mattermost's `search_results` in pinned or flagged mode): the channel's "Pinned
 * messages" (header `#channelHeaderPinButton`) and the user's "Saved messages" (the "Saved messages" button,
 * formerly the flag icon), items `#searchResult_<id>` in `#search-items-container`, the save icon
 * `#<LOCATION>_flagIcon_<id>` (aria "save" / "remove from saved").
 */
export const LISTS = {
  savedButton: 'button[aria-label="Saved messages"]',
  item: (id: string) => `#sidebar-right #searchResult_${id}`,
  items: '#sidebar-right [data-testid="search-item-container"]',
  titleChannel: '#sidebar-right .sidebar--right__title__channel',
  flagIcon: (location: string, id: string) => `#${location}_flagIcon_${id}`,
  emptyTitle: '#search-items-container .no-results__title',
};

/** Mattermost's titles of these lists, and what older manual cases call them (Flag became Save in 5.x/6.x). */
const TITLES: Record<string, string> = {
  'pinned messages': 'Pinned messages',
  'pinned posts': 'Pinned messages',
  'saved messages': 'Saved messages',
  'saved posts': 'Saved messages',
  'flagged posts': 'Saved messages',
  'flagged messages': 'Saved messages',
};

/** The title the app shows for a title a case quotes (the quoted text itself when it is not an old name). */
export function currentTitle(quoted: string): string {
  return TITLES[quoted.trim().toLowerCase()] ?? quoted.trim();
}

export async function rhsTitle(page: Page): Promise<{ title: string; channel: string } | undefined> {
  if (!(await page.locator(RHS.panel).isVisible())) return undefined;
  const whole = (await page.locator(RHS.title).first().textContent()) ?? '';
  const channel =
    (await page
      .locator(LISTS.titleChannel)
      .first()
      .textContent()
      .catch(() => '')) ?? '';
  return { title: whole.slice(0, whole.length - channel.length).trim(), channel: channel.trim() };
}

/** Opens the Saved messages list (the flag icon of old cases), unless it is open already. */
export async function openSavedList(world: CasebookWorld, page: Page): Promise<void> {
  if ((await rhsTitle(page))?.title === 'Saved messages') return;
  await page.locator(LISTS.savedButton).click();
  await expectVisible(page.locator(RHS.panel), 'the Saved messages list in the RHS', world.timeouts.expectMs);
}

/** Clicks the save icon of a post (hovering it first, as the icon shows on hover) and waits for its new state. */
export async function toggleSaved(
  world: CasebookWorld,
  page: Page,
  post: PostRecord,
  where: 'center' | 'list',
): Promise<void> {
  await snapshot(world, page, post);
  const element = where === 'list' ? page.locator(LISTS.item(post.id)) : postElement(page, post);
  await expectVisible(element, `the post "${post.message}"`, world.timeouts.expectMs);
  await element.hover();
  const icon = element.locator(LISTS.flagIcon(where === 'list' ? 'SEARCH' : 'CENTER', post.id));
  const before = await icon.getAttribute('aria-label');
  await icon.click();
  // Every save icon of the post (center, thread, list) follows; an unsaved post may leave the list at once.
  await page.waitForFunction(
    ([selector, label]) =>
      [...document.querySelectorAll(selector as string)].every(
        (icon) => icon.getAttribute('aria-label') !== label,
      ),
    [`[id$="_flagIcon_${post.id}"]`, before],
    { timeout: world.timeouts.expectMs },
  );
}

/** Whether the post in the center shows as saved (its save icon reads "remove from saved"). */
export async function savedInCenter(page: Page, post: PostRecord): Promise<boolean> {
  const label = await page.locator(LISTS.flagIcon('CENTER', post.id)).getAttribute('aria-label');
  return label === 'remove from saved';
}

/** The channel the center shows (its header title). */
export async function centerChannel(page: Page): Promise<string> {
  return ((await page.locator(CHANNEL.header).textContent()) ?? '').trim();
}

/** The scenario's latest reply and its thread's root (ids), as the posts steps remembered them. */
export function threadOf(world: CasebookWorld): { reply: string; root: string } {
  const reply = world.memory.latest('reply');
  const root = reply?.details?.root;
  if (!reply?.id || typeof root !== 'string' || !root)
    throw new Error('no reply to a thread was posted in this scenario');
  return { reply: reply.id, root };
}

/**
 * Whether the post shows in a place a line names: "center", "RHS and center" (the thread in the RHS too), "RHS
 * pinned list" / "RHS saved posts" (that list open in the RHS: a message when another list or nothing is open).
 */
export async function shownIn(page: Page, id: string, place: string): Promise<boolean | string> {
  const inCenter = async () => (await page.locator(POST.inCenter(id)).count()) > 0;
  if (/^(?:center|centre)$/i.test(place)) return inCenter();
  if (/center|centre/i.test(place))
    return (await inCenter()) && (await page.locator(POST.inRhs(id)).count()) > 0;
  const list = /pinned/i.test(place) ? 'Pinned messages' : 'Saved messages';
  const title = (await rhsTitle(page))?.title;
  if (title !== list) return `the RHS shows ${title ? `"${title}"` : 'nothing'}, not "${list}"`;
  return (await page.locator(LISTS.item(id)).count()) > 0;
}
