import type { Locator, Page } from 'playwright';
import { chooseBrandImage, shownBrandImage } from './brand-image';
import type { SectionFact, SettingFact } from './table';

/**
 * The System Console page as the real web app draws it: a setting's elements carry test ids made from its
 * config path (`<key>label`, `<key>input`, `<key>help-text`, `<key>true|false`, `<key>dropdown`), the Save button
 * is `#saveSetting` and a failed save shows its error in `.admin-console-save .error-message`.
 */
export const CONSOLE = {
  sidebar: '[data-testid="admin-sidebar"]',
  header: '.admin-console__header',
  save: '#saveSetting',
  error: '.admin-console-save .error-message, [data-testid="errorMessage"]',
} as const;

export const testId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

export async function openSection(page: Page, section: SectionFact, timeoutMs: number): Promise<void> {
  const url = `/admin_console/${section.url}`;
  if (new URL(page.url()).pathname !== url) await page.goto(url);
  await waitForSection(page, section, timeoutMs);
}

/** Waits until the page shows this section with its settings loaded. */
export async function waitForSection(page: Page, section: SectionFact, timeoutMs: number): Promise<void> {
  await page
    .locator(CONSOLE.header)
    .filter({ hasText: section.header ?? section.name })
    .first()
    .waitFor({ timeout: timeoutMs });
  const first = section.settings[0];
  if (first) await testId(page, `${first.key}label`).first().waitFor({ timeout: timeoutMs });
}

/** Puts a value (as the tester would type or pick it) into the setting's control. */
export async function enterValue(page: Page, setting: SettingFact, value: string | boolean): Promise<void> {
  if (setting.type === 'image') {
    await chooseBrandImage(page, setting, String(value));
  } else if (setting.type === 'bool') {
    await testId(page, `${setting.key}${value === true || value === 'true'}`).check();
  } else if (setting.type === 'dropdown') {
    const option = setting.options?.find(
      (o) => o.value === value || o.label.toLowerCase() === String(value).toLowerCase(),
    );
    if (!option) throw new Error(`"${value}" is not an option of ${setting.label} (${optionList(setting)})`);
    await testId(page, `${setting.key}dropdown`).selectOption(option.value);
  } else {
    await testId(page, `${setting.key}input`).fill(String(value));
  }
}

function optionList(setting: SettingFact): string {
  return (setting.options ?? []).map((o) => `"${o.label}"`).join(', ');
}

/**
 * A setting's label and help text: by their test ids, or inside the setting's row for an image setting
 * (BrandImageSetting has a legend and a `.help-text` of no test id of their own).
 */
export function labelAndHelp(page: Page, setting: SettingFact): { label: Locator; help: Locator } {
  if (setting.type === 'image') {
    const row = testId(page, setting.key);
    return { label: row.locator('legend'), help: row.locator('.help-text') };
  }
  return { label: testId(page, `${setting.key}label`), help: testId(page, `${setting.key}help-text`) };
}

/** What the setting's control shows: "true"/"false" for radios, the option label for dropdowns, else the text. */
export async function shownValue(page: Page, setting: SettingFact): Promise<string> {
  if (setting.type === 'image') return shownBrandImage(page, setting);
  if (setting.type === 'bool') {
    if (await testId(page, `${setting.key}true`).isChecked()) return 'true';
    if (await testId(page, `${setting.key}false`).isChecked()) return 'false';
    return '(neither True nor False)';
  }
  if (setting.type === 'dropdown') {
    const value = await testId(page, `${setting.key}dropdown`).inputValue();
    return setting.options?.find((o) => o.value === value)?.label ?? value;
  }
  return testId(page, `${setting.key}input`).inputValue();
}

/**
 * Clicks Save and waits until the save is over: the button reads "Save" again and is either disabled (nothing left
 * to save: Mattermost's console disables it after a save) or has an error under it. Waiting only for the button to
 * leave "Saving Config..." returned before the click had re-rendered it, and a "not saved" check read the old value.
 */
export async function clickSave(page: Page, timeoutMs: number): Promise<void> {
  const save = page.locator(CONSOLE.save);
  await save.click({ timeout: timeoutMs });
  await page.waitForFunction(
    ({ button, error }) => {
      const saveButton = document.querySelector<HTMLButtonElement>(button);
      if (!saveButton) return true;
      const settled = saveButton.textContent?.trim() !== 'Saving Config...';
      const errorShown = [...document.querySelectorAll(error)].some((e) => e.textContent?.trim());
      return settled && (saveButton.disabled || errorShown);
    },
    { button: CONSOLE.save, error: CONSOLE.error },
    { timeout: timeoutMs },
  );
}

/** The error shown under Save, or '' when there is none. */
export async function saveError(page: Page): Promise<string> {
  const error = page.locator(CONSOLE.error).filter({ visible: true }).first();
  return (await error.count()) ? ((await error.textContent()) ?? '').trim() : '';
}
