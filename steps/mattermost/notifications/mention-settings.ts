import type { Locator, Page } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';
import { openSection } from '../sections';
import { settingsModal } from '../settings';
import { atSigns } from './mention-posts';

/** Words of a label as testers quote it: "[name]" placeholders, quotes, hyphens and case do not count. */
export function labelWords(text: string): string {
  return atSigns(text)
    .replace(/\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}

/**
 * The checkbox of the open settings section (or, with none open, the settings modal) whose label starts with
 * the quoted words ('Your non-case sensitive username [name]' names 'Your non-case sensitive username "user-1"').
 */
export async function settingsCheckbox(page: Page, quoted: string): Promise<Locator> {
  const section = openSection(page);
  const scope = (await section.count()) ? section : settingsModal(page);
  const wanted = labelWords(quoted);
  const boxes = scope.locator('input[type="checkbox"]');
  const seen: string[] = [];
  for (const box of await boxes.all()) {
    const label = await box.evaluate(
      (el) => (el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`))?.textContent ?? '',
    );
    const words = labelWords(label);
    seen.push(label.trim());
    if (words === wanted || words.startsWith(`${wanted} `)) return box;
  }
  throw new Error(`no checkbox labelled "${quoted}" in the open settings; there are: ${seen.join(' | ')}`);
}

const NOTIFY_FIELDS = ['first_name', 'last_name', 'nickname', 'position'] as const;
type ProfileField = (typeof NOTIFY_FIELDS)[number];

/**
 * Gives the user of the scenario a value in `field` when it has none (put back empty after the scenario), and
 * reloads the app so that its settings show it. Returns the value the user has.
 */
export async function ensureProfileValue(world: CasebookWorld, field: ProfileField): Promise<string> {
  const session = await world.session();
  const user = session.user ?? world.credentials('default');
  const baseUrl = requireBaseUrl(world.config);
  const me = await asUser(baseUrl, user, (client) => client.get<Record<string, string>>('/api/v4/users/me'));
  if (me[field]) return me[field];
  const value = field === 'first_name' ? 'Casebook' : `Casebook ${field.replace('_', ' ')}`;
  await asUser(baseUrl, user, (client) => client.send('PUT', '/api/v4/users/me/patch', { [field]: value }));
  world.onCleanup(() =>
    asUser(baseUrl, user, (client) => client.send('PUT', '/api/v4/users/me/patch', { [field]: '' })),
  );
  await (await world.appPage()).reload();
  return value;
}

/** notify_props belong to the user, not the scenario: the first change snapshots them for the cleanup. */
const kept = new WeakSet<CasebookWorld>();
export async function keepNotifyPropsForCleanup(world: CasebookWorld): Promise<void> {
  if (kept.has(world)) return;
  kept.add(world);
  const session = await world.session();
  const user = session.user ?? world.credentials('default');
  const baseUrl = requireBaseUrl(world.config);
  const me = await asUser(baseUrl, user, (client) =>
    client.get<{ notify_props: Record<string, string> }>('/api/v4/users/me'),
  );
  world.onCleanup(() =>
    asUser(baseUrl, user, (client) =>
      client.send('PUT', '/api/v4/users/me/patch', { notify_props: me.notify_props }),
    ),
  );
}
