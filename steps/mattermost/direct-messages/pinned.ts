import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { RHS } from '../posts/selectors';

/** The real app's RHS title for the pinned list (older: "Pinned Posts"); the channel's name follows it. */
const PINNED_TITLE = /pinned (messages|posts)/i;

/** Opens the pinned list from the channel header; "empty" also checks that it lists nothing yet. */
export async function openPinnedList(world: CasebookWorld, empty: boolean): Promise<void> {
  const page = await world.appPage();
  await page.locator(RHS.pinButton).click();
  const title = page.locator(RHS.title).filter({ hasText: PINNED_TITLE });
  await title.first().waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
  if (empty && (await page.locator(RHS.pinnedItems).count()) > 0) {
    throw new Error('the pinned list in the RHS is not empty');
  }
}

/**
 * The RHS shows the pinned list, titled with "Pinned messages" and the open channel's name, holding the latest
 * post of the scenario that is pinned now (asked of the server, not of the page).
 */
export async function expectPinnedListShown(world: CasebookWorld): Promise<void> {
  const page = await world.appPage();
  const channelName = ((await page.locator('#channelHeaderTitle').first().textContent()) ?? '').trim();
  const title = page.locator(RHS.title).filter({ hasText: PINNED_TITLE }).filter({ hasText: channelName });
  await title
    .first()
    .waitFor({ state: 'visible', timeout: world.timeouts.expectMs })
    .catch(() => {
      throw new Error(`the RHS title is not "Pinned messages" with the channel name "${channelName}"`);
    });
  const pinned = await latestPinned(world);
  const item = page.locator(RHS.pinnedItems).filter({ hasText: pinned.message });
  await item
    .first()
    .waitFor({ state: 'visible', timeout: world.timeouts.expectMs })
    .catch(() => {
      throw new Error(`the pinned message "${pinned.message}" is not in the RHS`);
    });
}

async function latestPinned(world: CasebookWorld): Promise<{ message: string }> {
  const context = (await world.appPage()).context();
  for (const item of world.memory.all('post').reverse()) {
    if (!item.id) continue;
    const post = await apiGet<{ message: string; is_pinned: boolean }>(
      context,
      `/api/v4/posts/${item.id}`,
    ).catch(() => undefined);
    if (post?.is_pinned) return post;
  }
  throw new Error('no post of this scenario is pinned');
}
