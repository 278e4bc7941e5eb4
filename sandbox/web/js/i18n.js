// Mattermost's formatMessage in miniature: the page asks for a message by its real id with the English
// defaultMessage; the locale area gives the translations of the signed-in user's language before the page
// renders (areas install first), and a message without one falls back to English, as in Mattermost.
let messages = {};

/** The translations the page uses from now on ({id: text}). */
export function setMessages(table) {
  messages = table ?? {};
}

/** The message `id` in the user's language (or `defaultMessage`), its {placeholders} filled from `values`. */
export function formatMessage({ id, defaultMessage }, values = {}) {
  const template = messages[id] ?? defaultMessage;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}
