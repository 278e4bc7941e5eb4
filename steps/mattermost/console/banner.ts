import type { Page } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { registerThing } from '../../generic/assert';
import { asUser } from '../other-user';
import { keepConfigForCleanup } from './config';

/**
 * The announcement banner (System Console > Site Configuration > Announcement Banner) as the web app draws it:
 * `.announcement-bar`, its text `.announcement-bar__text`, the X `.announcement-bar__close` when dismissal is
 * allowed (text_dismissable_bar, default_announcement_bar).
 */
export const BANNER = {
  bar: '.announcement-bar',
  text: '.announcement-bar__text',
  close: '.announcement-bar__close',
} as const;

registerThing({
  names: ['banner', 'announcement banner', 'announcement bar'],
  locate: (scope) => scope.locator(BANNER.bar),
});

/** How long a freshly loaded page takes at most to show a configured banner (it reads the client config). */
const BANNER_SHOWS_MS = 3_000;

/**
 * A line that presupposes a dismissible banner ("Having dismissed a banner…") on a server that shows none gets
 * one: the scenario turns the banner on through `PUT /api/v4/config/patch` (the config is restored after it) and
 * reloads the page. A banner shown without its X is the case's own setting and is left alone.
 */
export async function ensureDismissibleBanner(world: CasebookWorld, page: Page): Promise<void> {
  const bar = page.locator(BANNER.bar);
  try {
    await bar.first().waitFor({ state: 'visible', timeout: BANNER_SHOWS_MS });
    return;
  } catch {
    // No banner yet: configure one below.
  }
  await keepConfigForCleanup(world);
  const text = `Casebook announcement ${Date.now().toString(36)}`;
  await asUser(requireBaseUrl(world.config), world.credentials('admin'), (admin) =>
    admin.send('PUT', '/api/v4/config/patch', {
      AnnouncementSettings: { EnableBanner: true, BannerText: text, AllowBannerDismissal: true },
    }),
  );
  world.remember('banner', { label: text, details: { text } });
  await page.reload();
  await bar.first().waitFor({ state: 'visible', timeout: world.timeouts.navigationMs });
}

/** Clicks the banner's X and waits until the banner is gone; a banner without an X cannot be dismissed. */
export async function dismissBanner(page: Page, timeoutMs: number): Promise<void> {
  const bar = page.locator(BANNER.bar).first();
  const close = bar.locator(BANNER.close);
  if ((await close.count()) === 0) {
    throw new Error('the announcement banner has no X: Allow Banner Dismissal is false on this server');
  }
  await close.click({ timeout: timeoutMs });
  await page.locator(BANNER.bar).first().waitFor({ state: 'detached', timeout: timeoutMs });
}
