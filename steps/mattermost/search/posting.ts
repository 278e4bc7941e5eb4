import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { switchChannel } from '../channels';
import { postMessage } from '../posts';
import { CHANNEL } from '../selectors';

export interface PostedMessage {
  text: string;
  id: string;
  channel: string;
}

/**
 * Posts `text` through the message box (in channel `channel` first, when named) and remembers it with its id
 * (`post_<id>` of the newest post element), so that later lines ("post in Off-Topic is not returned") can
 * find exactly this post and not an older one with the same text.
 */
export async function postAndRemember(
  world: CasebookWorld,
  text: string,
  channel?: string,
): Promise<PostedMessage> {
  const page = await world.appPage();
  if (channel) await switchChannel(page, channel, world.timeouts.navigationMs);
  await postMessage(world, page, text);
  const id = await newestPostId(page);
  const channelName = (await page.locator(CHANNEL.header).first().textContent())?.trim() ?? '';
  world.remember('post', { label: text, id, details: { channel: channelName } });
  return { text, id, channel: channelName };
}

async function newestPostId(page: Page): Promise<string> {
  const id = await page.locator(`:is(${CHANNEL.postList}) ${CHANNEL.posts}`).last().getAttribute('id');
  if (!id?.startsWith('post_'))
    throw new Error(`the newest post has no post_<id> element id (found "${id}")`);
  return id.slice('post_'.length);
}

/** The posts this scenario made, oldest first. */
export function postedMessages(world: CasebookWorld): PostedMessage[] {
  return world.memory.all('post').map((item) => ({
    text: item.label,
    id: item.id ?? '',
    channel: item.details?.channel ?? '',
  }));
}

const uniqueWords = new WeakMap<CasebookWorld, string>();

/** A word nobody else posted ("foobarbaz" as the cases suggest, plus random letters), the same for the scenario. */
export function uniqueWord(world: CasebookWorld): string {
  let word = uniqueWords.get(world);
  if (!word) {
    const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26)));
    word = `foobarbaz${letters.join('')}`;
    uniqueWords.set(world, word);
  }
  return word;
}

export function knownUniqueWord(world: CasebookWorld): string {
  const word = uniqueWords.get(world);
  if (!word)
    throw new Error('no unique word was posted before this step: post a message with a unique word first');
  return word;
}
