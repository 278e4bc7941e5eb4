import { setMessages } from '/static/js/i18n.js';

/**
 * The interface language: the signed-in user's `locale` (Settings > Display > Language) picks the translations
 * the page's strings use (`messages.json`: a few of Mattermost's own, from its webapp/channels/src/i18n/<locale>.json
 * files, for the languages the test cases name; a locale or id missing there shows the English defaultMessage, as
 * Mattermost does for an untranslated string). Areas install before the page renders, so the first render is
 * already in it; a saved language reloads the page (display-settings), which renders again in the new one.
 */
export async function install(host) {
  const locale = host.session?.user?.locale || 'en';
  document.documentElement.lang = locale;
  if (locale === 'en') return;
  const response = await fetch('/static/areas/locale/messages.json');
  const messages = await response.json();
  setMessages(messages[locale]);
}
