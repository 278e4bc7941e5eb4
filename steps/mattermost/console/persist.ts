import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { anotherValue, type ConsoleChange, changeSetting, lastChange, storedValue } from './changes';
import { configValue, serverConfig } from './config';
import { controlsOf, sectionOnScreen } from './locks';
import { clickSave, openSection, saveError, shownValue, waitForSection } from './page';
import { labelOf, type SectionFact } from './table';

/**
 * "Setting persists", "Can change settings, save, refresh, settings persist": what the console shows after the
 * page is loaded again is what was entered, and the server's config holds it.
 */

/** Loads the section again: a reload when it is on screen, else a visit (after "go to team and back"). */
async function loadAgain(world: CasebookWorld, page: Page, section: SectionFact): Promise<void> {
  if (new URL(page.url()).pathname === `/admin_console/${section.url}`) {
    await page.reload();
    await waitForSection(page, section, world.timeouts.navigationMs);
  } else {
    await openSection(page, section, world.timeouts.navigationMs);
  }
}

/** The changes that are still there after loading the page again (on screen and on the server). */
async function keptAfterReload(world: CasebookWorld, changes: ConsoleChange[]): Promise<ConsoleChange[]> {
  const page = await world.page();
  await loadAgain(world, page, changes[0].section);
  const config = await serverConfig(world);
  const kept: ConsoleChange[] = [];
  for (const change of changes) {
    const shown = await shownValue(page, change.setting);
    const stored = configValue(config, change.setting.key);
    if (shown === change.shown && stored === storedValue(change.setting, change.shown)) kept.push(change);
  }
  return kept;
}

/** The last change survives loading the page again; `not`: it does not. */
export async function checkLastChangePersists(world: CasebookWorld, not: boolean): Promise<void> {
  const change = lastChange(world);
  const kept = await keptAfterReload(world, [change]);
  if (kept.length === 1 && not) throw new Error(`${labelOf(change.setting)} kept "${change.shown}"`);
  if (kept.length === 0 && !not) {
    const shown = await shownValue(await world.page(), change.setting);
    throw new Error(`${labelOf(change.setting)} shows "${shown}" after a reload, not "${change.shown}"`);
  }
}

/**
 * Gives every editable setting of the page on screen another value (enablers stay true so their settings can be
 * edited), saves, and checks after a reload that all of them kept their values; `not`: that none did.
 */
export async function changeAllAndCheckPersist(world: CasebookWorld, not: boolean): Promise<void> {
  const { page, section } = await sectionOnScreen(world);
  const enablers = new Set(section.settings.flatMap((setting) => setting.enabledBy ?? []));
  const changes: ConsoleChange[] = [];
  for (const setting of section.settings) {
    const enabler = enablers.has(setting.key);
    if (!enabler && !(await isEditable(page, setting))) continue;
    const next = enabler ? 'true' : anotherValue(setting, await shownValue(page, setting));
    await changeSetting(world, section, setting, next);
    changes.push({ setting, section, shown: next });
  }
  if (changes.length < 2) throw new Error(`${section.name} has no settings to change`);
  await clickSave(page, world.timeouts.actionMs);
  const error = await saveError(page);
  if (error && !not) throw new Error(`Save failed: ${error}`);
  const kept = await keptAfterReload(world, changes);
  if (not && kept.length > 0) {
    throw new Error(`${kept.map((change) => labelOf(change.setting)).join(', ')} kept their new values`);
  }
  const lost = changes.filter((change) => !kept.includes(change));
  if (!not && lost.length > 0) {
    throw new Error(`${lost.map((change) => labelOf(change.setting)).join(', ')} lost their new values`);
  }
}

async function isEditable(page: Page, setting: ConsoleChange['setting']): Promise<boolean> {
  for (const control of controlsOf(page, setting)) {
    if (!(await control.isEnabled())) return false;
  }
  return true;
}
