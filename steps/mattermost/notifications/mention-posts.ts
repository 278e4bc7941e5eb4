import type { Page } from 'playwright';
import { sendToBackground } from '../../../support/focus';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, type UserInfo } from '../api';
import { scenarioChannel } from '../fixtures';
import { asUser } from '../other-user';
import { POST } from '../posts/selectors';
import { type PostRecord, rememberPost } from '../posts/targets';

/** A message another account posted to test what mentions this user, and whether it was meant to. */
export interface TriggerPost {
  post: PostRecord;
  /** The words of the message that are meant to mention (or, for `mismatched`, almost mention) the user. */
  term: string;
  /** Posted with a wrong case of a case-sensitive word ("your first name not matching case"). */
  mismatched: boolean;
  at: number;
}

const triggers = new WeakMap<CasebookWorld, TriggerPost[]>();

export function triggerPosts(world: CasebookWorld): TriggerPost[] {
  const posts = triggers.get(world);
  if (!posts?.length) throw new Error('no other account posted a message in this scenario');
  return posts;
}

type Me = UserInfo & { first_name: string };

const QUOTED_TEXT = /["“`']([^"”`']+)["”`']/;

/** "[at]channel", "(at)channel", "\[at]channel": the corpus's ways to write an @ that Markdown would eat. */
export function atSigns(text: string): string {
  return text.replace(/\\?[[(]at\\?[\])]/gi, '@');
}

function swapCase(word: string): string {
  const lower = word.toLowerCase();
  return lower === word ? word.toUpperCase() : lower;
}

/**
 * What one described message says: "containing the word `Asparagus` with a capital `A`", "containing your
 * username without the @", "@-mentioning your username", "`\[at]channel`", "with your first name not matching
 * case", "containing your username all lowercase".
 */
export function termOf(description: string, me: Me): { term: string; mismatched: boolean } {
  const d = atSigns(description);
  const quoted = QUOTED_TEXT.exec(d)?.[1];
  if (quoted && !/\byour\s+(?:username|first\s+name)\b/i.test(d.slice(0, d.indexOf(quoted)))) {
    return { term: atSigns(quoted), mismatched: false };
  }
  const mention = /@-?mention|mentioning/i.test(d) && !/without\s+the\s+@/i.test(d);
  if (/\byour\s+username\b/i.test(d)) {
    let name = me.username;
    if (/capital\s+letter|capitali[sz]ed/i.test(d)) name = name[0].toUpperCase() + name.slice(1);
    if (/all\s+lower\s*case/i.test(d)) name = name.toLowerCase();
    return { term: mention ? `@${name}` : name, mismatched: false };
  }
  if (/\byour\s+first\s+name\b/i.test(d)) {
    if (!me.first_name) throw new Error(`${me.username} has no first name: set one before this step`);
    const mismatched = /(?:not|non-?)\s*(?:-\s*)?matching\s+case/i.test(d);
    return { term: mismatched ? swapCase(me.first_name) : me.first_name, mismatched };
  }
  throw new Error(
    `"${description}" says no word to post (quote it, or say "your username" / "your first name")`,
  );
}

/** The descriptions of each message: "X, and another message with Y" is two messages. */
export function describedMessages(words: string): string[] {
  return words.split(/,?\s+(?:and|then)\s+another\s+message\s+/i).map((part) => part.trim());
}

/**
 * The other account posts each described message in the scenario's channel, which this user's tab shows but
 * does not look at (the tab is in the background, as when the tester works in the other account's window):
 * Mattermost then notifies for it as for any channel. Waits until each post shows in this tab.
 */
export async function postTriggers(world: CasebookWorld, page: Page, descriptions: string[]): Promise<void> {
  const session = await world.session();
  const me = await apiGet<Me>(session.context, '/api/v4/users/me');
  const channel = await scenarioChannel(world, session);
  const made = triggers.get(world) ?? [];
  triggers.set(world, made);
  await sendToBackground(page);
  for (const [n, description] of describedMessages(descriptions.join(' ')).entries()) {
    const { term, mismatched } = termOf(description, me);
    const message = `${term} casebook trigger ${n + 1}.${Date.now().toString(36)}`;
    const at = Date.now();
    const post = await asUser(world.config.baseUrl, world.credentials('other'), (client) =>
      client.send<PostRecord>('POST', '/api/v4/posts', { channel_id: channel.id, message }),
    );
    await page.locator(POST.text(post.id)).waitFor({ state: 'attached', timeout: world.timeouts.expectMs });
    rememberPost(world, post);
    made.push({ post, term, mismatched, at });
  }
}
