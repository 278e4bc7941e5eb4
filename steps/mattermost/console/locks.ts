import type { Locator, Page } from 'playwright';
import { expect } from 'playwright/test';
import type { CasebookWorld } from '../../../support/world';
import { currentSection } from './changes';
import { testId } from './page';
import { labelOf, type SectionFact, type SettingFact } from './table';

/**
 * Settings that one "Enable …" setting greys out (Mattermost's `isDisabled: it.stateEquals(<enabler>, false)`):
 * "All Rate limit settings should grey out and become uneditable when false, and be editable when true".
 */

/** The control(s) a tester would edit: both radios of a True/False setting, else its input or dropdown. */
export function controlsOf(page: Page, setting: SettingFact): Locator[] {
  if (setting.type === 'bool')
    return [testId(page, `${setting.key}true`), testId(page, `${setting.key}false`)];
  return [testId(page, `${setting.key}${setting.type === 'dropdown' ? 'dropdown' : 'input'}`)];
}

/** The section on screen, which must be a System Console settings page (the line speaks of the page in front of it). */
export async function sectionOnScreen(world: CasebookWorld): Promise<{ page: Page; section: SectionFact }> {
  const page = await world.page();
  const section = currentSection(page.url());
  if (!section?.settings.length) {
    throw new Error(`no System Console settings page is on screen (${page.url()})`);
  }
  return { page, section };
}

/** The one setting of the section the others need to be true, and those others. */
export function enablerOf(section: SectionFact): { enabler: SettingFact; dependents: SettingFact[] } {
  const keys = [...new Set(section.settings.flatMap((setting) => setting.enabledBy ?? []))];
  const enabler = section.settings.find((setting) => setting.key === keys[0]);
  if (keys.length !== 1 || !enabler) {
    throw new Error(
      `${section.name} has ${keys.length} settings that grey out others; the line names none of them`,
    );
  }
  return { enabler, dependents: section.settings.filter((setting) => setting.enabledBy === enabler.key) };
}

/** Words of the line ("Rate limit") must name the section on screen, so the check reads the page meant. */
export function assertNames(section: SectionFact, words: string | null): void {
  if (!words) return;
  const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!squash(section.name).startsWith(squash(words))) {
    throw new Error(`the System Console page on screen is ${section.name}, not the "${words}" settings`);
  }
}

/**
 * Sets the enabler False then True in the page (as the tester flips it) and checks its dependents are greyed out,
 * then editable; `reversed` expects the opposite (the negated line). The enabler is left as it was found.
 */
export async function checkGreyedOutByEnabler(world: CasebookWorld, reversed: boolean): Promise<void> {
  const { page, section } = await sectionOnScreen(world);
  const { enabler, dependents } = enablerOf(section);
  const wasTrue = await testId(page, `${enabler.key}true`).isChecked();
  const timeout = world.timeouts.actionMs;
  for (const flag of [false, true]) {
    await testId(page, `${enabler.key}${flag}`).check({ timeout });
    for (const setting of dependents) {
      // A dependent that another setting greys out as well (Vary by HTTP header) is only checked while false.
      if (flag && setting.disabledBy) continue;
      const editable = flag !== reversed;
      for (const control of controlsOf(page, setting)) {
        const message = `${labelOf(setting)} with ${labelOf(enabler)} ${flag}`;
        if (editable) await expect(control, message).toBeEnabled({ timeout });
        else await expect(control, message).toBeDisabled({ timeout });
      }
    }
  }
  await testId(page, `${enabler.key}${wasTrue}`).check({ timeout });
}
