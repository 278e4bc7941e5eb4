import type { Page } from 'playwright';
import { POST, RHS } from './selectors';

/** The RHS list item of a post (pinned, saved or search results: Mattermost's search item ids). */
const listItem = (id: string) => `${RHS.panel} #searchResult_${id}`;

/**
 * Undefined when the post is listed in the RHS and its "Pinned" pre-header is shown there (or not, when
 * `pinned` is false), and in the center too when `center`; otherwise what is wrong.
 */
export async function pinnedBadgeProblem(
  page: Page,
  id: string,
  pinned: boolean,
  center: boolean,
): Promise<string | undefined> {
  const item = page.locator(listItem(id));
  if (!(await item.isVisible())) return 'the post is not listed in the RHS';
  const places: [string, string][] = [['the RHS', listItem(id)]];
  if (center) places.push(['the center', POST.inCenter(id)]);
  for (const [name, selector] of places) {
    const badge = page.locator(`${selector} ${POST.preHeader}`).filter({ hasText: /^Pinned$/ });
    const shown = (await badge.count()) > 0 && (await badge.first().isVisible());
    if (shown !== pinned) return `the post ${shown ? 'shows' : 'does not show'} the Pinned badge in ${name}`;
  }
  return undefined;
}
