import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, type UserInfo } from '../api';
import { openScenarioChannel, scenarioChannel } from '../fixtures';
import { asUser } from '../other-user';
import { waitForNewestPost } from '../posts';
import { POST } from '../posts/selectors';
import { rememberPost } from '../posts/targets';
import { CHANNEL } from '../selectors';

/**
 * Channel-wide mentions ("@all", "@channel", "@here") typed in any case: Mattermost keeps the case the sender
 * typed, highlights the word (`.mention--highlight`, its channel-wide mention keys are not case-sensitive) and
 * counts a mention for every other member of the channel.
 */
export interface ChannelMentionPost {
  id: string;
  channelId: string;
  text: string;
}

const sentMentions = new WeakMap<CasebookWorld, ChannelMentionPost>();

export function lastChannelMention(world: CasebookWorld): ChannelMentionPost {
  const post = sentMentions.get(world);
  if (!post) throw new Error('no step of this scenario sent a post with a channel-wide mention');
  return post;
}

/**
 * Types `text` in the scenario channel's message box, dismisses the autocomplete with Escape (it would put the
 * mention in lower case) and sends it with Enter.
 */
export async function sendTyped(world: CasebookWorld, text: string): Promise<ChannelMentionPost> {
  await world.appPage();
  const session = await world.session();
  const channel = await scenarioChannel(world, session);
  const page = await openScenarioChannel(world, session);
  const box = page.locator(CHANNEL.postTextbox);
  await box.fill(text);
  await box.press('Escape');
  await box.press('Enter');
  await waitForNewestPost(page, text, world.timeouts.expectMs);
  const newest = page.locator(`:is(${CHANNEL.postList}) [data-testid="postView"]`).last();
  const id = ((await newest.getAttribute('id')) ?? '').replace(/^post_/, '');
  if (!id) throw new Error(`the post "${text}" has no post_<id>`);
  const post = { id, channelId: channel.id, text };
  rememberPost(world, { id, channel_id: channel.id, root_id: '', message: text });
  sentMentions.set(world, post);
  return post;
}

/** Whether the post reads `text` as typed with `text` inside a highlight; undefined when it does. */
export async function highlightedAsTyped(page: Page, post: ChannelMentionPost, text: string) {
  const shown = ((await page.locator(POST.text(post.id)).textContent()) ?? '').trim();
  if (!shown.includes(text)) return `the post reads "${shown}", not "${text}"`;
  const marks = (await page.locator(`${POST.text(post.id)} .mention--highlight`).allTextContents()).map((m) =>
    m.trim(),
  );
  if (!marks.includes(text)) return `"${text}" is not highlighted (highlights: ${JSON.stringify(marks)})`;
  return undefined;
}

interface Membership {
  channel_id: string;
  mention_count: number;
}

/** The other test user's mention count in the post's channel, as the server tells that user. */
export async function otherUsersMentions(world: CasebookWorld, post: ChannelMentionPost): Promise<number> {
  const page = await world.appPage();
  const [team] = await apiGet<{ id: string }[]>(page.context(), '/api/v4/users/me/teams');
  return asUser(world.config.baseUrl, world.credentials('other'), async (client) => {
    const me = await client.get<UserInfo>('/api/v4/users/me');
    const members = await client.get<Membership[]>(
      `/api/v4/users/${me.id}/teams/${team.id}/channels/members`,
    );
    const member = members.find((m) => m.channel_id === post.channelId);
    if (!member) throw new Error(`${me.username} is not a member of the channel of "${post.text}"`);
    return member.mention_count;
  });
}
