/**
 * The words that mention a user, from the user's notify_props (Mattermost's mention keys, Settings >
 * Notifications > Words That Trigger Mentions): "@username" always; the username itself when listed in
 * `mention_keys` (non case-sensitive); the first name when `first_name` is "true" (case-sensitive);
 * "@channel", "@all", "@here" unless `channel` is "false"; any other word of `mention_keys` (non
 * case-sensitive). Desktop notifications and highlighting both read them here, so they cannot disagree.
 */
const CHANNEL_WIDE = ['@channel', '@all', '@here'];

export function mentionKeysOf(user) {
  if (!user) return [];
  const props = user.notify_props ?? {};
  const keys = [{ text: `@${user.username}`, caseSensitive: false }];
  for (const word of listedWords(props.mention_keys)) keys.push({ text: word, caseSensitive: false });
  if (props.first_name === 'true' && user.first_name) {
    keys.push({ text: user.first_name, caseSensitive: true });
  }
  if (props.channel !== 'false') {
    for (const word of CHANNEL_WIDE) keys.push({ text: word, caseSensitive: false });
  }
  return keys;
}

/** The comma-separated words of a `mention_keys` value, without blanks. */
export function listedWords(mentionKeys) {
  return (mentionKeys ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}

// A key is a whole word: no letter, digit, "_", "-" or "." glued before it, none but a closing "." after it.
const BEFORE = String.raw`(?<![\p{L}\p{N}_.@-])`;
const AFTER = String.raw`(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])`;

function patternOf(key) {
  const escaped = key.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${BEFORE}${escaped}${AFTER}`, key.caseSensitive ? 'gu' : 'giu');
}

/** Where the keys occur in `text`: sorted, non-overlapping [start, end) ranges. */
export function keyRanges(text, keys) {
  const ranges = [];
  for (const key of keys) {
    for (const match of text.matchAll(patternOf(key))) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return ranges.filter((range, i) => i === 0 || range[0] >= ranges[i - 1][1]);
}

/** Whether `message` mentions `user` by one of its keys. */
export function mentions(message, user) {
  return keyRanges(message, mentionKeysOf(user)).length > 0;
}
