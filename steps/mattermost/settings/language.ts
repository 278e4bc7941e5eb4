import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { openSection } from '../sections';
import { closeSettings, openSettings, settingsModal } from '../settings';
import { keepPreferencesForCleanup } from './display';

/**
 * Mattermost's interface languages (webapp `i18n/i18n.jsx`): locale and the name Settings > Display > Language
 * shows. Testers name a language by that name ("Deutsch", "Pусский", "日本語") or in English.
 */
export const LANGUAGES: { locale: string; name: string; english: RegExp }[] = [
  { locale: 'de', name: 'Deutsch', english: /german/i },
  { locale: 'en', name: 'English (US)', english: /^english(?:\s*\(us\))?$/i },
  { locale: 'en-AU', name: 'English (Australia)', english: /english\s*\(australia\)/i },
  { locale: 'es', name: 'Español', english: /spanish|espanol/i },
  { locale: 'fr', name: 'Français', english: /french|francais/i },
  { locale: 'it', name: 'Italiano', english: /italian/i },
  { locale: 'hu', name: 'Magyar', english: /hungarian/i },
  { locale: 'nl', name: 'Nederlands', english: /dutch/i },
  { locale: 'pl', name: 'Polski', english: /polish/i },
  { locale: 'pt-BR', name: 'Português (Brasil)', english: /portuguese|^portugu[eê]s$/i },
  { locale: 'ro', name: 'Română', english: /romanian/i },
  { locale: 'sv', name: 'Svenska', english: /swedish/i },
  { locale: 'vi', name: 'Tiếng Việt', english: /vietnamese/i },
  { locale: 'tr', name: 'Türkçe', english: /turkish/i },
  { locale: 'bg', name: 'Български', english: /bulgarian/i },
  { locale: 'ru', name: 'Pусский', english: /russian|^русский$/i },
  { locale: 'uk', name: 'Українська', english: /ukrainian/i },
  { locale: 'fa', name: 'فارسی', english: /persian|farsi/i },
  { locale: 'ko', name: '한국어', english: /korean/i },
  { locale: 'zh-CN', name: '中文 (简体)', english: /simplified\s+chinese|chinese\s*\(simplified\)/i },
  { locale: 'zh-TW', name: '中文 (繁體)', english: /traditional\s+chinese|chinese\s*\(traditional\)/i },
  { locale: 'ja', name: '日本語', english: /japanese/i },
];

export type Language = (typeof LANGUAGES)[number];

/** The language a tester names: its own name (with or without the "(Brasil)" part) or its English name. */
export function languageNamed(words: string): Language | undefined {
  const w = words.replace(/["“”'`*]/g, '').trim();
  return LANGUAGES.find(
    (language) =>
      language.name.toLowerCase() === w.toLowerCase() ||
      language.name.replace(/\s*\(.*\)$/, '').toLowerCase() === w.toLowerCase() ||
      language.english.test(w),
  );
}

/** The language of a case titled "Display Language: Deutsch" (the language "shown at the top of these steps"). */
export function languageOfTitle(title: string): Language {
  const named = /language:\s*(.+?)\s*$/i.exec(title)?.[1];
  const language = named ? languageNamed(named) : undefined;
  if (!language) {
    throw new Error(`the case title "${title}" names no interface language ("… Language: Deutsch")`);
  }
  return language;
}

const chosen = new WeakMap<CasebookWorld, { language: Language; savedAt?: number; originBefore?: number }>();

export function chosenLanguage(world: CasebookWorld) {
  const choice = chosen.get(world);
  if (!choice) throw new Error('no interface language was chosen earlier in this scenario');
  return choice;
}

/** Settings > Display > Language > Edit (by ids: the labels may already be in another language). */
async function editLanguage(world: CasebookWorld, page: Page): Promise<void> {
  const chooser = settingsModal(page).locator('#displayLanguage');
  if (await chooser.isVisible()) return;
  const modal = await openSettings(page, 'display', world.timeouts.actionMs);
  await modal.locator('#languagesEdit').click();
  await chooser.waitFor({ timeout: world.timeouts.actionMs });
}

/** Chooses `language` in the Language section: a native select in the sandbox, react-select in Mattermost. */
export async function chooseLanguage(world: CasebookWorld, language: Language): Promise<void> {
  await keepPreferencesForCleanup(world);
  const page = await world.appPage();
  await editLanguage(world, page);
  const chooser = settingsModal(page).locator('#displayLanguage');
  if ((await chooser.evaluate((el) => el.tagName)) === 'SELECT') {
    await chooser.selectOption(language.locale);
  } else {
    await chooser.click();
    await page.keyboard.type(language.name);
    await page.keyboard.press('Enter');
  }
  chosen.set(world, { language });
}

/**
 * Saves the Language section. Mattermost applies a new language to the whole app at once (the sandbox reloads
 * the page); waits until the app runs in that language, then closes the settings if they are still open.
 */
export async function saveLanguage(world: CasebookWorld): Promise<void> {
  const choice = chosenLanguage(world);
  const page = await world.appPage();
  // The page's time origin tells a reloaded page from the one that saved.
  choice.originBefore = await page.evaluate(() => performance.timeOrigin);
  await openSection(page).locator('#saveSetting').click();
  await waitForLanguage(page, choice.language.locale, world.timeouts.navigationMs);
  choice.savedAt = Date.now();
  await closeSettings(page, world.timeouts.actionMs);
}

export async function waitForLanguage(page: Page, locale: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale, {
    timeout: timeoutMs,
  });
}

/** The locale stored for the user of the scenario's current session. */
export async function storedLocale(world: CasebookWorld): Promise<string> {
  const me = await apiGet<{ locale?: string }>((await world.session()).context, '/api/v4/users/me');
  return me.locale || 'en';
}
