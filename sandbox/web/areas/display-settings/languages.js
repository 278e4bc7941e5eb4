// Mattermost's interface languages (webapp i18n/i18n.jsx: value and the name shown in Settings > Display >
// Language) in its order, and, for a few of them, the translations of the accessibility region names the
// sandbox shows (i18n/<locale>.json "accessibility.sections.*"). A locale without a table here falls back to
// English for those names, as Mattermost falls back for a missing key.
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

const REGIONS = {
  en: {
    lhsHeader: 'team menu region',
    lhsList: 'channel sidebar region',
    channelHeader: 'channel header region',
    centerContent: 'message list main region',
    centerFooter: 'message input complementary region',
  },
  de: {
    lhsHeader: 'Team-Menü-Bereich',
    lhsList: 'Kanalseitenleisten-Bereich',
    channelHeader: 'Kanalkopf-Bereich',
    centerContent: 'Nachrichtenlisten-Hauptregion',
    centerFooter: 'Nachrichteneingabe-Nebenbereich',
  },
  nl: {
    lhsList: 'kanaal zijbalk regio',
    channelHeader: 'kanaalhoofdingregio',
    centerContent: 'hoofdregio van berichtenlijst',
    centerFooter: 'aanvullende regio van input van berichten',
  },
  ja: {
    lhsHeader: 'チームメニュー領域',
    lhsList: 'チャンネルサイドバー領域',
    channelHeader: 'チャンネルヘッダー領域',
    centerContent: 'メッセージリストの主要領域',
    centerFooter: 'メッセージ入力領域',
  },
};

/** The accessible name of region `key` ("lhsList", "centerContent"…) in `locale`, English when untranslated. */
export function regionName(locale, key) {
  return REGIONS[locale]?.[key] ?? REGIONS.en[key];
}
