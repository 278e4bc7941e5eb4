import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright';
import { expect } from 'playwright/test';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';

/**
 * A paged list and what each of its pages showed: the System Console users list (system_users_list with
 * dual-sided pagination: "Showing 1 - 10 of 212 users" and the buttons "Go to previous page" / "Go to next page"
 * above the table, `.adminConsoleListTabletOptionalHead`, and below it, `.adminConsoleListTabletOptionalFoot`).
 */
export const PAGING = {
  head: '.adminConsoleListTabletOptionalHead',
  next: 'button[aria-label="Go to next page"]',
  previous: 'button[aria-label="Go to previous page"]',
  firstRowName: '#systemUsersTable [data-testid="listTableBodyRow"] [data-testid="userName"]',
  /** The rows-per-page control below the table, labelled "Show {count} rows per page". */
  pageSize: '.adminConsoleListTabletOptionalFoot .adminConsoleListTablePageSize',
} as const;

/** One page as the tester saw it: the count at the top and the first user listed. */
export interface PageView {
  info: string;
  first: string;
}

const INFO = /Showing\s+(\d+)\s*-\s*(\d+)\s+of\s+(\d+)\s+users/i;

export function parseInfo(info: string): { from: number; to: number; total: number } | undefined {
  const match = info.match(INFO);
  return match ? { from: Number(match[1]), to: Number(match[2]), total: Number(match[3]) } : undefined;
}

const views = new WeakMap<CasebookWorld, PageView[]>();

/** The pages this scenario went through, in order (the first one included). */
export function pagesSeen(world: CasebookWorld): PageView[] {
  const seen = views.get(world);
  if (!seen || seen.length < 2)
    throw new Error('no list was paged through in this scenario before this line');
  return seen;
}

function pagerInfo(page: Page): Locator {
  return page.locator(PAGING.head).locator('span').first();
}

async function viewOf(page: Page, timeoutMs: number): Promise<PageView> {
  const info = pagerInfo(page);
  await expect(info).toHaveText(INFO, { timeout: timeoutMs });
  const first = page.locator(PAGING.firstRowName).first();
  return {
    info: ((await info.textContent()) ?? '').trim(),
    first: ((await first.textContent()) ?? '').trim(),
  };
}

/** Starts the log with the page on screen. */
export async function notePage(world: CasebookWorld, page: Page): Promise<void> {
  views.set(world, [await viewOf(page, world.timeouts.expectMs)]);
}

/**
 * Makes the server hold more than `pages` pages of users (at the page size on screen): the missing ones are made
 * through the REST API as the admin and deactivated after the scenario; the list is loaded again.
 */
export async function ensurePagesOfUsers(world: CasebookWorld, page: Page, pages: number): Promise<void> {
  const shown = parseInfo((await viewOf(page, world.timeouts.expectMs)).info);
  if (!shown) throw new Error('the users list shows no "Showing … of … users" count');
  const label = (await page.locator(PAGING.pageSize).first().getAttribute('aria-label')) ?? '';
  const size = Number(label.match(/Show\s+(\d+)\s+rows/i)?.[1]);
  if (!size)
    throw new Error(`the users list's rows-per-page control says "${label}", not "Show N rows per page"`);
  const missing = pages * size + 1 - shown.total;
  if (missing <= 0) return;
  const baseUrl = requireBaseUrl(world.config);
  const made = await asUser(baseUrl, world.credentials('admin'), async (admin) => {
    const ids: string[] = [];
    for (let i = 0; i < missing; i++) {
      const name = `cb-page-${randomBytes(4).toString('hex')}`;
      const user = await admin.send<{ id: string }>('POST', '/api/v4/users', {
        username: name,
        email: `${name}@example.com`,
        password: `Pw-${randomBytes(6).toString('hex')}`,
      });
      ids.push(user.id);
    }
    return ids;
  });
  world.onCleanup(() =>
    asUser(baseUrl, world.credentials('admin'), async (admin) => {
      for (const id of made) await admin.send('PUT', `/api/v4/users/${id}/active`, { active: false });
    }),
  );
  await page.reload();
  await viewOf(page, world.timeouts.navigationMs);
}

/** Clicks the list's next or previous page button and waits for the page to change; the new page is logged. */
export async function turnPage(
  world: CasebookWorld,
  page: Page,
  direction: 'next' | 'previous',
): Promise<void> {
  const seen = views.get(world) ?? [await viewOf(page, world.timeouts.expectMs)];
  const before = seen[seen.length - 1];
  const button = page.locator(PAGING.head).locator(direction === 'next' ? PAGING.next : PAGING.previous);
  await expect(button, `the ${direction} page button is enabled`).toBeEnabled({
    timeout: world.timeouts.actionMs,
  });
  await button.click();
  await expect(pagerInfo(page)).not.toHaveText(before.info, { timeout: world.timeouts.expectMs });
  seen.push(await viewOf(page, world.timeouts.expectMs));
  views.set(world, seen);
}
