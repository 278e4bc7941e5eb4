import type { SearchQuery } from './query';

const DAY_MS = 24 * 60 * 60 * 1000;
const WORD = /[\p{L}\p{N}_]+/gu;
// Mattermost's hashtags: a letter first, then letters, digits, `_`, `.` or `-`, not ending in punctuation.
const HASHTAG = /(?<![\p{L}\p{N}_#])#\p{L}[\p{L}\p{N}_.-]*[\p{L}\p{N}_]|(?<![\p{L}\p{N}_#])#\p{L}/gu;

export interface SearchablePost {
  message: string;
  user_id: string;
  channel_id: string;
  create_at: number;
}

/** What the query's names resolve to (user names → ids, channel names → ids), and the caller's time zone. */
export interface Resolved {
  userIds(usernames: string[]): Set<string>;
  channelIds(names: string[]): Set<string>;
  /** Seconds east of UTC, as the web app sends `time_zone_offset`. */
  timeZoneOffset: number;
}

export function wordsOf(message: string): string[] {
  return (message.toLowerCase().match(WORD) ?? []) as string[];
}

export function hashtagsOf(message: string): string[] {
  return ((message.match(HASHTAG) ?? []) as string[]).map((tag) => tag.toLowerCase());
}

/** Whether `post` answers `query` (all words and phrases, or any of them when `orSearch`). */
export function matchesQuery(post: SearchablePost, query: SearchQuery, resolved: Resolved, orSearch = false) {
  return matchesText(post.message, query, orSearch) && matchesFilters(post, query, resolved);
}

function matchesText(message: string, query: SearchQuery, orSearch: boolean): boolean {
  const words = wordsOf(message);
  const sentence = ` ${words.join(' ')} `;
  const tags = hashtagsOf(message);
  const checks = [
    ...query.words.map((word) => hasWord(words, word)),
    ...query.phrases.map((phrase) => sentence.includes(` ${wordsOf(phrase).join(' ')} `)),
    ...query.hashtags.map((tag) => tags.includes(tag)),
  ];
  if (checks.length > 0 && !(orSearch ? checks.some(Boolean) : checks.every(Boolean))) return false;
  if (
    query.excludedWords.some((word) => (word.startsWith('#') ? tags.includes(word) : hasWord(words, word)))
  ) {
    return false;
  }
  return !query.excludedPhrases.some((phrase) => sentence.includes(` ${wordsOf(phrase).join(' ')} `));
}

function hasWord(words: string[], term: string): boolean {
  if (term.endsWith('*')) {
    const prefix = term.slice(0, -1);
    return words.some((word) => word.startsWith(prefix));
  }
  // A term with inner punctuation ("e-mail") is searched as its words in a row.
  const parts = wordsOf(term);
  if (parts.length > 1) return ` ${words.join(' ')} `.includes(` ${parts.join(' ')} `);
  return words.includes(parts[0] ?? term);
}

function matchesFilters(post: SearchablePost, query: SearchQuery, resolved: Resolved): boolean {
  if (query.fromUsers.length && !resolved.userIds(query.fromUsers).has(post.user_id)) return false;
  if (resolved.userIds(query.excludedFromUsers).has(post.user_id)) return false;
  if (query.inChannels.length && !resolved.channelIds(query.inChannels).has(post.channel_id)) return false;
  if (resolved.channelIds(query.excludedInChannels).has(post.channel_id)) return false;
  return matchesDates(post.create_at, query, resolved.timeZoneOffset);
}

function matchesDates(at: number, query: SearchQuery, offset: number): boolean {
  const day = (date: string) => dayStart(date, offset);
  const isOn = (date: string) => at >= day(date) && at < day(date) + DAY_MS;
  const isBefore = (date: string) => at < day(date);
  const isAfter = (date: string) => at >= day(date) + DAY_MS;
  return (
    query.on.every(isOn) &&
    !query.excludedOn.some(isOn) &&
    query.before.every(isBefore) &&
    !query.excludedBefore.some(isBefore) &&
    query.after.every(isAfter) &&
    !query.excludedAfter.some(isAfter)
  );
}

/** Midnight of `YYYY-M-D` (leading zeros optional, as Mattermost accepts) in the caller's time zone. */
export function dayStart(date: string, offsetSeconds: number): number {
  const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
  if (!parts) return Number.NaN;
  const [, year, month, dayOfMonth] = parts.map(Number);
  return Date.UTC(year, month - 1, dayOfMonth) - offsetSeconds * 1000;
}

/** The words of the query a result is highlighted with (Mattermost's `matches`). */
export function matchedTerms(query: SearchQuery): string[] {
  return [...query.words, ...query.phrases, ...query.hashtags];
}
