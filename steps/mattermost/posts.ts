import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { CHANNEL } from './selectors';

/** The message texts of the channel's posts, oldest first. */
export function postTexts(page: Page): Locator {
  return page.locator(`:is(${CHANNEL.postList}) .post-message__text`);
}

export interface SentPost {
  text: string;
  /** Time from pressing Enter until the post showed in the list. */
  shownAfterMs: number;
}

const sent = new WeakMap<CasebookWorld, SentPost[]>();

/** What the scenario posted so far, oldest first. */
export function sentPosts(world: CasebookWorld): SentPost[] {
  const list = sent.get(world) ?? [];
  sent.set(world, list);
  return list;
}

/** Types `text` in the message box and sends it with Enter, as a tester does; waits until the post shows. */
export async function postMessage(world: CasebookWorld, page: Page, text: string): Promise<SentPost> {
  const box = page.locator(CHANNEL.postTextbox);
  await box.fill(text);
  const before = await postTexts(page).count();
  const started = Date.now();
  await box.press('Enter');
  await waitForPostCount(page, before + 1, world.timeouts.expectMs);
  const post = { text, shownAfterMs: Date.now() - started };
  sentPosts(world).push(post);
  await rememberNewest(world, page, text);
  return post;
}

/** Records the newest post of the list as the scenario's ("the message"), with its id from `post_<id>`. */
async function rememberNewest(world: CasebookWorld, page: Page, text: string): Promise<void> {
  const newest = page.locator(`:is(${CHANNEL.postList}) [data-testid="postView"]`).last();
  const id = (await newest.getAttribute('id').catch(() => null))?.replace(/^post_/, '');
  if (id) world.remember('post', { label: text, id });
}

async function waitForPostCount(page: Page, count: number, timeoutMs: number): Promise<void> {
  try {
    await postTexts(page)
      .nth(count - 1)
      .waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    const shown = await postTexts(page).count();
    throw new Error(
      `expected ${count} posts in the channel, ${shown} are shown (waited ${timeoutMs / 1000} s)`,
    );
  }
}

/** The last `n` post texts shown, oldest first. */
async function lastPostTexts(page: Page, n: number): Promise<string[]> {
  const all = await postTexts(page).allTextContents();
  return all.slice(-n);
}

/** Waits until the newest post reads `text` (a post sent with a key press may still be on its way). */
export async function waitForNewestPost(page: Page, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let newest: string | undefined;
  for (;;) {
    [newest] = await lastPostTexts(page, 1);
    if (newest === text) return;
    if (Date.now() >= deadline) break;
    await page.waitForTimeout(100);
  }
  throw new Error(`the newest post reads ${JSON.stringify(newest ?? null)}, not ${JSON.stringify(text)}`);
}
