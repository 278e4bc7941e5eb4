import type { Locator, Page } from 'playwright';
import { requireBaseUrl } from '../../support/config';
import type { CasebookWorld } from '../../support/world';
import { forgivingName } from '../generic/locate';
import { asUser } from './other-user';
import { openSection } from './sections';

/** The input labelled `label` in the settings section open for editing. */
export function sectionField(page: Page, label: string): Locator {
  return openSection(page).getByLabel(forgivingName(label, true)).first();
}

/** A value no earlier run used: letters only, so it suits names as well as nicknames. */
export function freshValue(prefix: string): string {
  const letters = Date.now()
    .toString(26)
    .replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);
  return `${prefix}${letters}`;
}

const typed = new WeakMap<CasebookWorld, Map<string, string>>();

/** Types `value` into field `label` of the open section and remembers it for later expectations. */
export async function fillField(
  world: CasebookWorld,
  page: Page,
  label: string,
  value: string,
): Promise<void> {
  await keepProfileForCleanup(world);
  await sectionField(page, label).fill(value);
  const values = typed.get(world) ?? new Map<string, string>();
  typed.set(world, values);
  values.set(label.toLowerCase(), value);
}

/** What a step typed into field `label`. */
export function typedInto(world: CasebookWorld, label: string): string {
  const value = typed.get(world)?.get(label.toLowerCase());
  if (value === undefined) throw new Error(`nothing was entered in the "${label}" field in this scenario`);
  return value;
}

const PROFILE_FIELDS = ['first_name', 'last_name', 'nickname', 'position'] as const;
const keptProfile = new WeakSet<CasebookWorld>();

/**
 * Names, nickname and position belong to the user, not the scenario: the first field a scenario fills
 * snapshots them, and the scenario's cleanup puts them back (through a REST login of its own).
 */
async function keepProfileForCleanup(world: CasebookWorld): Promise<void> {
  if (keptProfile.has(world)) return;
  keptProfile.add(world);
  const user = (await world.session()).user;
  if (!user) return;
  const baseUrl = requireBaseUrl(world.config);
  const me = await asUser(baseUrl, user, (client) => client.get<Record<string, string>>('/api/v4/users/me'));
  const before = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, me[field] ?? '']));
  world.onCleanup(() =>
    asUser(baseUrl, user, (client) => client.send('PUT', '/api/v4/users/me/patch', before)),
  );
}
