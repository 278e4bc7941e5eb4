import { SECTIONS } from '../../../sandbox/server/areas/console/definition';
import type { CasebookWorld } from '../../../support/world';
import { logInThroughUi } from '../login';
import { newBrandImage, removeBrandImageAfter } from './brand-image';
import { keepConfigForCleanup } from './config';
import { enterValue, openSection, testId } from './page';
import { labelOf, type SectionFact, type SettingFact, sectionAtUrl } from './table';

/** The setting a scenario last changed and the value it entered (as shown in the console). */
export interface ConsoleChange {
  setting: SettingFact;
  section: SectionFact;
  shown: string;
}

const changes = new WeakMap<CasebookWorld, ConsoleChange>();

export function lastChange(world: CasebookWorld): ConsoleChange {
  const change = changes.get(world);
  if (!change) throw new Error('no System Console setting was changed in this scenario before this line');
  return change;
}

/** The System Console needs a system admin: a session logged in as someone else logs in as the admin first. */
export async function asAdmin(world: CasebookWorld) {
  const session = await world.session();
  const admin = world.credentials('admin');
  if (session.user?.username !== admin.username) {
    await logInThroughUi(session, admin, world.timeouts.navigationMs);
  }
  return session.page;
}

/** The section on screen, if the page is a System Console section of the table. */
export function currentSection(url: string): SectionFact | undefined {
  return sectionAtUrl(new URL(url).pathname);
}

/** Opens the setting's section (unless it is on screen), enters the value and remembers the change. */
export async function changeSetting(
  world: CasebookWorld,
  section: SectionFact,
  setting: SettingFact,
  shown: string,
  enableFirst = false,
): Promise<void> {
  const page = await asAdmin(world);
  await keepConfigForCleanup(world);
  await openSection(page, section, world.timeouts.navigationMs);
  const locked = setting.enabledBy && !(await testId(page, `${setting.enabledBy}true`).isChecked());
  // Changing a setting that another one unlocks means setting that one to true first, as a tester does.
  if (locked && enableFirst) await testId(page, `${setting.enabledBy}true`).check();
  else if (locked) {
    const enabler = SECTIONS.flatMap((s) => s.settings).find((s) => s.key === setting.enabledBy);
    throw new Error(
      `${labelOf(setting)} can only be edited when ${enabler ? labelOf(enabler) : setting.enabledBy} is true`,
    );
  }
  if (setting.type === 'image') removeBrandImageAfter(world);
  await enterValue(page, setting, shown);
  changes.set(world, { setting, section, shown });
  world.remember('setting', { label: labelOf(setting), id: setting.key, details: { value: shown } });
}

/** A different value for a setting than the one shown, of the setting's type (for "change set value"). */
export function anotherValue(setting: SettingFact, current: string): string {
  if (setting.type === 'image') return newBrandImage();
  if (setting.type === 'bool') return current === 'true' ? 'false' : 'true';
  if (setting.type === 'number') return String(Number(current || 0) + 1);
  if (setting.type === 'dropdown') {
    const other = setting.options?.find((o) => o.label !== current);
    if (!other) throw new Error(`${labelOf(setting)} has no other option to change to`);
    return other.label;
  }
  const stamp = Date.now().toString(36);
  return /link|url/i.test(setting.key) ? `https://example.com/casebook-${stamp}/` : `Casebook ${stamp}`;
}

/** The value the server stores for what the console shows (MaxFileSize: megabytes shown, bytes stored). */
export function storedValue(setting: SettingFact, shown: string): unknown {
  if (setting.type === 'bool') return shown === 'true';
  if (setting.type === 'number') return Number(shown) * (setting.displayScale ?? 1);
  if (setting.type === 'dropdown') return setting.options?.find((o) => o.label === shown)?.value ?? shown;
  return shown;
}

/** What the console shows for a stored value (the reverse of storedValue). */
export function shownOf(setting: SettingFact, stored: unknown): string {
  if (setting.type === 'number') return String(Number(stored) / (setting.displayScale ?? 1));
  if (setting.type === 'dropdown')
    return setting.options?.find((o) => o.value === stored)?.label ?? String(stored);
  return String(stored ?? '');
}
