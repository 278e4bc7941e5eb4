import type { Page, Request } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';

/** Whether the server runs with a license (`GET /api/v4/license/client?format=old`, `IsLicensed`). */
export async function serverIsLicensed(world: CasebookWorld): Promise<boolean> {
  const license = await asUser(requireBaseUrl(world.config), world.credentials('admin'), (admin) =>
    admin.get<{ IsLicensed?: string }>('/api/v4/license/client?format=old'),
  );
  return license.IsLicensed === 'true';
}

const openedTabs = new WeakMap<CasebookWorld, string[]>();

/** Addresses of the tabs the scenario's clicks opened (a `target="_blank"` link), oldest first. */
export function tabsOpened(world: CasebookWorld): string[] {
  return openedTabs.get(world) ?? [];
}

/**
 * Runs a click and notes the address of the tab it opens, if it opens one (a link of the console menu does; a
 * licensed server's "Commercial Support" opens a dialog instead). The address is the one the tab was sent to,
 * kept even when the page cannot load (the sandbox has no way out to the internet).
 */
export async function clickNotingNewTab(
  world: CasebookWorld,
  page: Page,
  click: () => Promise<void>,
): Promise<void> {
  const context = page.context();
  // The context sees the new tab's first request even when the page then fails to load (an error page's address
  // is chrome-error://…).
  const requested: string[] = [];
  const noteRequest = (request: Request) => {
    if (request.isNavigationRequest() && !isOf(request, page)) requested.push(request.url());
  };
  context.on('request', noteRequest);
  const popup = context.waitForEvent('page', { timeout: world.timeouts.actionMs }).catch(() => undefined);
  try {
    await click();
    const tab = await Promise.race([popup, page.waitForTimeout(2000).then(() => undefined)]);
    if (!tab) return;
    const url = /^https?:/.test(tab.url()) ? tab.url() : requested[0];
    if (url) openedTabs.set(world, [...tabsOpened(world), url]);
  } finally {
    context.off('request', noteRequest);
  }
}

/** Whether the request is the page's own; a new tab's first request comes before its frame, which Playwright then refuses to name. */
function isOf(request: Request, page: Page): boolean {
  try {
    return request.frame().page() === page;
  } catch {
    return false;
  }
}

/**
 * Whether an address is the page a line names: a path ("/admin_console/environment/logging") is compared with the
 * address's path; words ("Support", "Customer support") must all be in the address.
 */
export function addressIsPage(url: string, named: string): boolean {
  const parsed = new URL(url);
  if (named.startsWith('/')) return parsed.pathname.replace(/\/$/, '') === named.replace(/\/$/, '');
  const words = named.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => url.toLowerCase().includes(word));
}
