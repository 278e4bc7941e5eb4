import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { CHANNEL } from '../selectors';

export interface ShownPost {
  id: string;
  /** The rendered text, as a reader sees it (markdown applied: "*test*" reads "test"). */
  text: string;
  userId: string;
}

/** The newest post of the center list with its author, read over REST by the post's id (`post_<id>`). */
export async function newestShownPost(world: CasebookWorld, page: Page): Promise<ShownPost | undefined> {
  const newest = page.locator(`:is(${CHANNEL.postList}) [data-testid="postView"]`).last();
  if ((await newest.count()) === 0) return undefined;
  const id = (await newest.getAttribute('id'))?.replace(/^post_/, '') ?? '';
  // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, with markdown rendered
  const text = (await newest.locator('.post-message__text').innerText()).trim();
  const session = await world.session();
  const post = await apiGet<{ user_id: string }>(session.context, `/api/v4/posts/${id}`).catch(
    () => undefined,
  );
  return { id, text, userId: post?.user_id ?? '' };
}

export async function currentUserId(world: CasebookWorld): Promise<string> {
  const session = await world.session();
  return (await apiGet<{ id: string }>(session.context, '/api/v4/users/me')).id;
}
