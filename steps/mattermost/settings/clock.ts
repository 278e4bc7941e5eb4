import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiSend } from '../api';
import { openScenarioChannel, scenarioChannel } from '../fixtures';

/**
 * A post of the scenario's user at a given time of day in the scenario's channel, for cases that "find a
 * message posted after 1pm": created through the REST API with that create_at (Mattermost keeps a client's
 * create_at), today when that time has passed, yesterday otherwise, then shown by reloading the channel.
 */
export async function postAtTimeOfDay(world: CasebookWorld, hour: number, minute: number): Promise<string> {
  const session = await world.session();
  const channel = await scenarioChannel(world, session);
  const at = await session.page.evaluate(
    ([h, m]) => {
      const date = new Date();
      date.setHours(h, m, 0, 0);
      if (date.getTime() > Date.now()) date.setDate(date.getDate() - 1);
      return date.getTime();
    },
    [hour, minute],
  );
  const message = `Posted at ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const post = await apiSend<{ id: string }>(session.context, 'POST', '/api/v4/posts', {
    channel_id: channel.id,
    message,
    create_at: at,
  });
  world.remember('post', { label: message, id: post.id });
  timedPosts(world).push({ id: post.id, hour, minute });
  await session.page.reload();
  await openScenarioChannel(world, session);
  return post.id;
}

export interface TimedPost {
  id: string;
  hour: number;
  minute: number;
}

const timed = new WeakMap<CasebookWorld, TimedPost[]>();

/** The posts the scenario made at a chosen time of day, oldest first. */
export function timedPosts(world: CasebookWorld): TimedPost[] {
  const list = timed.get(world) ?? [];
  timed.set(world, list);
  return list;
}

/** How Mattermost writes hour:minute in each clock format: "14:37" (24-hour), "2:37 PM" (12-hour). */
export function clockText(format: '12' | '24', hour: number, minute: number): string {
  const mm = String(minute).padStart(2, '0');
  if (format === '24') return `${String(hour).padStart(2, '0')}:${mm}`;
  return `${hour % 12 || 12}:${mm} ${hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * The timestamps a line about "each post" means, as shown: those of the posts made at a chosen time of day
 * (each with the text it must read), else every post time in the center and the RHS.
 */
export async function shownPostTimes(
  world: CasebookWorld,
  page: Page,
  format: '12' | '24',
): Promise<{ shown: string; exact?: string }[]> {
  const made = timedPosts(world);
  if (made.length) {
    return Promise.all(
      made.map(async (post) => ({
        shown: (
          (await postTime(page, post.id).textContent({ timeout: world.timeouts.expectMs })) ?? ''
        ).trim(),
        exact: clockText(format, post.hour, post.minute),
      })),
    );
  }
  const times = page.locator(':is(#postListContent, #post-list, #sidebar-right) :is(.post__time, time)');
  const texts = await times.filter({ visible: true }).allTextContents();
  return texts.map((text) => ({ shown: text.trim() })).filter((time) => time.shown);
}

/** The timestamp element of post `id` (sandbox `#post_<id> time`, Mattermost `#CENTER_time_<id> time`). */
export function postTime(page: Page, id: string): Locator {
  return page.locator(`#CENTER_time_${id} time, #post_${id} time`).first();
}

/** "14:37" in 24-hour format; "2:37 PM" in 12-hour format. */
export const CLOCK_FORMATS: Record<'12' | '24', RegExp> = {
  '12': /^(?:1[0-2]|[1-9]):[0-5]\d\s?(?:AM|PM)$/i,
  '24': /^(?:[01]\d|2[0-3]):[0-5]\d$/,
};
