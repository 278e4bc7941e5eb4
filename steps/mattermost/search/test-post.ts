import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { CHANNEL } from '../selectors';
import { clickHashtag, resultFor, SEARCH } from './search';

/**
 * "The test post" of the search cases: what `/test url test-search.md` posts (Mattermost's LoadTestProvider reads
 * `server/tests/test-search.md`; the sandbox keeps a verbatim copy, which the steps read to recognise the post).
 * Posted through the message box, so a real server needs EnableTesting on.
 */
export const TEST_SEARCH_FILE = 'test-search.md';
const TESTS_DIR = path.join(__dirname, '../../../sandbox/server/areas/loadtest/tests');

function testFileText(file: string): string {
  const source = path.join(TESTS_DIR, file);
  if (!fs.existsSync(source))
    throw new Error(`no copy of Mattermost's server/tests/${file} in ${TESTS_DIR}: add it there to post it`);
  return fs.readFileSync(source, 'utf8');
}

/** A sentence of the file's first paragraph: the post element that shows it is the test post. */
function markerOf(text: string, file: string): string {
  const paragraph = text.split('\n').find((line) => /^\p{L}/u.test(line.trim()));
  if (!paragraph) throw new Error(`${file} has no plain paragraph to recognise its post by`);
  return paragraph.trim().split(/(?<=\.)\s/)[0];
}

/** Runs `/test url <file>` in the current channel and remembers the post it makes as the scenario's test post. */
export async function postTestFile(world: CasebookWorld, file = TEST_SEARCH_FILE): Promise<string> {
  const page = await world.appPage();
  const text = testFileText(file);
  const marker = markerOf(text, file);
  const posts = page.locator(`:is(${CHANNEL.postList}) ${CHANNEL.posts}`).filter({ hasText: marker });
  const before = new Set(await posts.evaluateAll((items) => items.map((item) => item.id)));
  const box = page.locator(CHANNEL.postTextbox);
  await box.fill(`/test url ${file}`);
  await box.press('Enter');
  const id = await newPostId(posts, before, world.timeouts.expectMs);
  if (!id)
    throw new Error(
      `the post of "/test url ${file}" did not show in the center (waited ${world.timeouts.expectMs / 1000} s)`,
    );
  world.remember('test post', { label: file, id, details: { text } });
  return id;
}

/** The `<id>` of the first `post_<id>` element of `posts` that was not in `before`, once one shows. */
async function newPostId(
  posts: Locator,
  before: Set<string>,
  timeoutMs: number,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  do {
    const ids = await posts.evaluateAll((items) => items.map((item) => item.id));
    const fresh = ids.find((id) => !before.has(id) && id.startsWith('post_'));
    if (fresh) return fresh.slice('post_'.length);
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  return undefined;
}

/** The scenario's test post id; posts it first when the line presumes one ("from previous test post"). */
export async function testPostId(world: CasebookWorld, postWhenMissing: boolean): Promise<string> {
  const known = world.memory.latest('test post')?.id;
  if (known) return known;
  if (postWhenMissing) return postTestFile(world);
  throw new Error(
    'this scenario posted no test post: a line such as "Assuming /test url test-search.md has been run" must come first',
  );
}

/** The test post in the center. */
export function testPostInCenter(page: Page, id: string): Locator {
  return page.locator(`:is(${CHANNEL.postList}) #post_${id}`);
}

/** What one hashtag click showed: whether the test post was a result, and what its result highlighted. */
export interface HashtagClick {
  hashtag: string;
  listed: boolean;
  highlights: string[];
}

const clicks = new WeakMap<CasebookWorld, HashtagClick[]>();

/** Clicks a hashtag link of the test post (inside `within`, when given) and records what the results showed. */
export async function clickTestPostHashtag(
  world: CasebookWorld,
  hashtag: string,
  within?: string,
): Promise<HashtagClick> {
  const page = await world.appPage();
  const id = await testPostId(world, true);
  const post = testPostInCenter(page, id);
  await clickHashtag(world, page, within ? post.locator(within) : post, hashtag);
  const result = resultFor(page, { text: '', id });
  const listed = (await result.count()) > 0;
  const highlights = listed
    ? (await result.locator(SEARCH.highlight).allTextContents()).map((t) => t.trim())
    : [];
  const click = { hashtag, listed, highlights };
  clicks.set(world, [...(clicks.get(world) ?? []), click]);
  return click;
}

/** Every hashtag click of the scenario, in order. */
export function hashtagClicks(world: CasebookWorld): HashtagClick[] {
  return clicks.get(world) ?? [];
}

/**
 * The hashtags of the test post that punctuation follows at once ("#colon:", "#bracket(", "#hashtag#"), as the
 * web app linked them: the link's text is the hashtag and the next character of the paragraph is not a space.
 */
export async function hashtagsFollowedByPunctuation(world: CasebookWorld): Promise<string[]> {
  const page = await world.appPage();
  const post = testPostInCenter(page, await testPostId(world, true));
  return post.locator('a[data-hashtag]').evaluateAll((links) =>
    links
      .filter((link) => {
        const next = link.nextSibling?.textContent?.charAt(0) ?? '';
        return next !== '' && /[^\s\p{L}\p{N}]/u.test(next);
      })
      .map((link) => (link as HTMLElement).dataset.hashtag ?? ''),
  );
}
