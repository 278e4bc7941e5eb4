import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { lastActedOn } from './actions';
import { POST } from './selectors';
import type { PostRecord } from './targets';

/** Polls `check` until it answers undefined (holds) or the time is up; the last answer says what was wrong. */
export async function eventually(
  world: CasebookWorld,
  check: () => Promise<string | undefined>,
): Promise<void> {
  const deadline = Date.now() + world.timeouts.expectMs;
  let problem = await check();
  while (problem !== undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    problem = await check();
  }
  if (problem !== undefined) throw new Error(problem);
}

/** The post the last action was about still reads as before, is not marked edited and is still listed. */
export async function unchangedPost(world: CasebookWorld, page: Page): Promise<string | undefined> {
  const { post, text, edited } = lastActedOn(world);
  if ((await page.locator(POST.inCenter(post.id)).count()) === 0) return `the post "${text}" is gone`;
  if (await page.locator(POST.editBox).isVisible()) return 'the edit box is still open';
  if (await page.locator(POST.deleteModal).isVisible()) return 'the delete dialog is still open';
  const now = (await page.locator(POST.text(post.id)).textContent()) ?? '';
  if (now !== text) return `the post reads "${now}", not "${text}" as before`;
  const markedNow = (await page.locator(POST.edited(post.id)).count()) > 0;
  if (markedNow !== edited) return `the post ${markedNow ? 'now shows' : 'lost'} the "Edited" indicator`;
  return undefined;
}

export async function serverPost(page: Page, id: string): Promise<PostRecord | undefined> {
  return apiGet<PostRecord>(page.context(), `/api/v4/posts/${id}`).catch(() => undefined);
}

/** Whether the quoted "(edited)" / "Edited" of a case names the app's edited indicator (the old app wrote "(edited)"). */
export function namesEditedIndicator(quoted: string): boolean {
  return /^\(?edited\)?$/i.test(quoted.trim());
}

/** The edit of the post the last action was about was saved: the box closed, the post reads what was typed. */
export async function savedAsTyped(world: CasebookWorld, page: Page): Promise<string | undefined> {
  const { post, typed } = lastActedOn(world);
  if (typed === undefined) return 'no step of this scenario typed a new text for the post';
  if (await page.locator(POST.editBox).isVisible()) return 'the edit box is still open';
  const now = (await page.locator(POST.text(post.id)).textContent()) ?? '';
  if (now.trim() !== typed.trim()) return `the post reads "${now}", not "${typed}"`;
  const stored = await serverPost(page, post.id);
  if (stored?.message !== typed) return `the server has "${stored?.message}", not "${typed}"`;
  return undefined;
}
