import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { forgivingName } from '../generic/locate';
import { settingsModal } from './settings';

/** A settings section a step opened for editing, and what it showed before. */
export interface EditedSection {
  title: string;
  /** The collapsed section's description before editing ("Samuel Tucker", "Last updated …"). */
  before: string;
}

const edited = new WeakMap<CasebookWorld, EditedSection>();

export function lastEditedSection(world: CasebookWorld): EditedSection {
  const section = edited.get(world);
  if (!section) throw new Error('no settings section was opened for editing in this scenario');
  return section;
}

/** The collapsed row (Mattermost's SettingItemMin) titled `title` in the open settings modal. */
export function collapsedSection(page: Page, title: string): Locator {
  const modal = settingsModal(page);
  return modal
    .locator('.section-min')
    .filter({ has: page.locator('.section-min__title', { hasText: forgivingName(title, true) }) });
}

/** The section open for editing (Mattermost's SettingItemMax; one at a time). */
export function openSection(page: Page): Locator {
  return settingsModal(page).locator('.section-max').first();
}

/** Whether the open settings tab has a section titled `title`. */
export async function hasSection(page: Page, title: string): Promise<boolean> {
  return (await collapsedSection(page, title).count()) > 0;
}

/** Clicks the Edit button of section `title`, remembering what the section showed before. */
export async function editSection(world: CasebookWorld, page: Page, title: string): Promise<Locator> {
  const row = collapsedSection(page, title).first();
  const before = ((await row.locator('.section-min__describe').textContent()) ?? '').trim();
  await row.getByRole('button', { name: /edit/i }).click();
  edited.set(world, { title, before });
  const form = openSection(page);
  await form.waitFor({ timeout: world.timeouts.actionMs });
  return form;
}

/** The description a section shows once collapsed again. */
export async function sectionDescription(page: Page, title: string, timeoutMs: number): Promise<string> {
  const row = collapsedSection(page, title).first();
  await row.waitFor({ timeout: timeoutMs });
  return ((await row.locator('.section-min__describe').textContent()) ?? '').trim();
}

/** The visible error of the open section or modal (Mattermost's #clientError / #serverError), if any. */
export async function shownError(page: Page): Promise<string | undefined> {
  const error = settingsModal(page)
    .locator('#clientError, #serverError, .has-error .control-label, [role="alert"]')
    .filter({ visible: true })
    .first();
  if (!(await error.count())) return undefined;
  return ((await error.textContent()) ?? '').trim() || undefined;
}
