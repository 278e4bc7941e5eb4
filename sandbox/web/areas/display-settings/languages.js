// Mattermost's interface languages (webapp i18n/i18n.jsx: value and the name shown in Settings > Display >
// Language) in its order. The page's lang attribute carries the choice to the areas that translate
// (keyboard-shortcuts/regions.js).
export const LANGUAGES = [
  { value: 'de', name: 'Deutsch' },
  { value: 'en', name: 'English (US)' },
  { value: 'en-AU', name: 'English (Australia)' },
  { value: 'es', name: 'Español' },
  { value: 'fr', name: 'Français' },
  { value: 'it', name: 'Italiano' },
  { value: 'hu', name: 'Magyar' },
  { value: 'nl', name: 'Nederlands' },
  { value: 'pl', name: 'Polski' },
  { value: 'pt-BR', name: 'Português (Brasil)' },
  { value: 'ro', name: 'Română' },
  { value: 'sv', name: 'Svenska' },
  { value: 'vi', name: 'Tiếng Việt' },
  { value: 'tr', name: 'Türkçe' },
  { value: 'bg', name: 'Български' },
  { value: 'ru', name: 'Pусский' },
  { value: 'uk', name: 'Українська' },
  { value: 'fa', name: 'فارسی' },
  { value: 'ko', name: '한국어' },
  { value: 'zh-CN', name: '中文 (简体)' },
  { value: 'zh-TW', name: '中文 (繁體)' },
  { value: 'ja', name: '日本語' },
];

export function languageName(locale) {
  return LANGUAGES.find((language) => language.value === locale)?.name ?? locale;
}
