import type { Page } from 'playwright';
import type { Remembered } from '../../../support/memory';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, apiSend } from '../api';
import { asUser } from '../other-user';
import { POST } from './selectors';

/**
 * Which post a line means ("the message", "a reply in the center", "the parent post", "one of the pinned
 * posts"), from what the scenario made. A manual case assumes a channel with some history; when the scenario
 * has made no such post yet, one is posted through the REST API as the case's user (the set-up a tester does
 * without writing it down), and waits until the page shows it.
 */
export type PostKind = 'post' | 'reply' | 'root' | 'pinned';

export interface PostRecord {
  id: string;
  channel_id: string;
  root_id: string;
  message: string;
  is_pinned?: boolean;
  reply_count?: number;
  edit_at?: number;
}

let seeded = 0;

/** The kind of post a phrase names. */
export function kindOf(phrase: string | null | undefined): PostKind {
  const text = (phrase ?? '').toLowerCase();
  if (/pinned/.test(text)) return 'pinned';
  if (/\b(?:parent|root|original)\b|\bthread\b/.test(text)) return 'root';
  if (/\b(?:reply|replies|comment)\b/.test(text)) return 'reply';
  return 'post';
}

/** The post a phrase names, made first when the scenario has none of that kind. */
export async function targetPost(
  world: CasebookWorld,
  phrase: string | null | undefined,
): Promise<PostRecord> {
  const kind = kindOf(phrase);
  const page = await world.appPage();
  const words = containedWords(phrase);
  const known = await latestLive(world, kind, words);
  if (known) return known;
  // "a message containing "hello"": the set-up post carries those words (later lines search for them).
  if (words && kind === 'post') return seedPost(world, page, `${words} casebook seeded message ${++seeded}`);
  if (kind === 'reply') return (await seedThread(world, page, 1)).replies[0];
  if (kind === 'root') return (await seedThread(world, page, 1)).root;
  const post = await seedPost(world, page, `casebook seeded message ${++seeded}`);
  if (kind === 'pinned') {
    await apiSend((await world.session()).page.context(), 'POST', `/api/v4/posts/${post.id}/pin`);
    return { ...post, is_pinned: true };
  }
  return post;
}

/** The words of 'a message containing "hello"', if the phrase names some. */
function containedWords(phrase: string | null | undefined): string | undefined {
  return /\bcontaining\s+["“]([^"”]+)["”]/i.exec(phrase ?? '')?.[1];
}

async function latestLive(
  world: CasebookWorld,
  kind: PostKind,
  words?: string,
): Promise<PostRecord | undefined> {
  const memoryKind = kind === 'reply' ? 'reply' : kind === 'root' ? 'thread' : 'post';
  const candidates = world.memory.all(memoryKind).reverse();
  const context = (await world.session()).page.context();
  for (const item of candidates) {
    if (!item.id) continue;
    const post = await apiGet<PostRecord>(context, `/api/v4/posts/${item.id}`).catch(() => undefined);
    if (!post) continue;
    if (kind === 'pinned' && !post.is_pinned) continue;
    if (words && !post.message.toLowerCase().includes(words.toLowerCase())) continue;
    return post;
  }
  return undefined;
}

/** The channel the page shows, from its URL (`/<team>/channels/<name>`). */
export async function currentChannelId(page: Page): Promise<string> {
  const [, team, kind, name] = new URL(page.url()).pathname.split('/');
  if (kind !== 'channels' || !team || !name) throw new Error(`the page is not in a channel (${page.url()})`);
  const channel = await apiGet<{ id: string }>(
    page.context(),
    `/api/v4/teams/name/${team}/channels/name/${name}`,
  );
  return channel.id;
}

/** Posts `message` as the page's user and waits until the page shows it. */
export async function seedPost(
  world: CasebookWorld,
  page: Page,
  message: string,
  rootId = '',
): Promise<PostRecord> {
  const channelId = await currentChannelId(page);
  const post = await apiSend<PostRecord>(page.context(), 'POST', '/api/v4/posts', {
    channel_id: channelId,
    message,
    root_id: rootId,
  });
  await page.locator(POST.inCenter(post.id)).waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
  rememberPost(world, post);
  return post;
}

/** A root post and `replies` replies, alternating the second user and the case's user when `twoUsers`. */
export async function seedThread(
  world: CasebookWorld,
  page: Page,
  replies: number,
  twoUsers = false,
): Promise<{ root: PostRecord; replies: PostRecord[] }> {
  const root = await seedPost(world, page, `casebook thread root ${++seeded}`);
  const made: PostRecord[] = [];
  for (let n = 1; n <= replies; n++) {
    const text = `casebook reply ${n} to root ${seeded}`;
    if (twoUsers && n % 2 === 1) made.push(await replyAsOtherUser(world, page, root, text));
    else made.push(await seedPost(world, page, text, root.id));
  }
  return { root, replies: made };
}

async function replyAsOtherUser(world: CasebookWorld, page: Page, root: PostRecord, message: string) {
  const other = world.credentials('other');
  const post = await asUser(world.config.baseUrl, other, (client) =>
    client.send<PostRecord>('POST', '/api/v4/posts', {
      channel_id: root.channel_id,
      message,
      root_id: root.id,
    }),
  );
  await page.locator(POST.inCenter(post.id)).waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
  rememberPost(world, post);
  return post;
}

/** Records a post of the scenario: "post" for roots, "reply" and its root as a "thread" for replies. */
export function rememberPost(world: CasebookWorld, post: PostRecord, via: 'api' | 'rhs' = 'api'): void {
  const item: Remembered = { label: post.message, id: post.id, details: { channel: post.channel_id, via } };
  if (!post.root_id) {
    world.remember('post', item);
    return;
  }
  world.remember('reply', { ...item, details: { ...item.details, root: post.root_id } });
  if (world.memory.latest('thread')?.id !== post.root_id) {
    world.remember('thread', { label: post.root_id, id: post.root_id });
  }
}
