/**
 * Mattermost's message search syntax (the "search options" hints of the web app): words, "quoted phrases",
 * `word*` prefixes, `#hashtags`, `-excluded` words and the modifiers `from:` `in:`/`channel:` `on:` `before:`
 * `after:`, each of which can be negated with a leading `-`. Parsed into a plain structure that `matches.ts`
 * applies; dates stay `YYYY-M-D` strings until the caller's time zone turns them into instants.
 */
export interface SearchQuery {
  /** Whole words or `prefix*` words that must all be in the message (any of them with is_or_search). */
  words: string[];
  phrases: string[];
  hashtags: string[];
  excludedWords: string[];
  excludedPhrases: string[];
  fromUsers: string[];
  excludedFromUsers: string[];
  inChannels: string[];
  excludedInChannels: string[];
  on: string[];
  excludedOn: string[];
  before: string[];
  excludedBefore: string[];
  after: string[];
  excludedAfter: string[];
}

type Modifier = 'from' | 'in' | 'on' | 'before' | 'after';

const MODIFIERS: Record<string, Modifier> = {
  from: 'from',
  in: 'in',
  channel: 'in',
  on: 'on',
  before: 'before',
  after: 'after',
};

const TARGET: Record<Modifier, [keyof SearchQuery, keyof SearchQuery]> = {
  from: ['fromUsers', 'excludedFromUsers'],
  in: ['inChannels', 'excludedInChannels'],
  on: ['on', 'excludedOn'],
  before: ['before', 'excludedBefore'],
  after: ['after', 'excludedAfter'],
};

// A quoted phrase (possibly negated), or a run of non-space characters.
const TOKEN = /(-?)"([^"]*)"\*?|(\S+)/g;

export function parseSearchTerms(terms: string): SearchQuery {
  const query = emptyQuery();
  for (const match of terms.matchAll(TOKEN)) {
    const [, negated, phrase, word] = match;
    if (phrase !== undefined) addPhrase(query, phrase, negated === '-');
    else addWord(query, word);
  }
  return query;
}

function addPhrase(query: SearchQuery, phrase: string, negated: boolean): void {
  const words = phrase.trim().toLowerCase();
  if (words) (negated ? query.excludedPhrases : query.phrases).push(words);
}

function addWord(query: SearchQuery, raw: string): void {
  const negated = raw.startsWith('-') && raw.length > 1;
  const token = negated ? raw.slice(1) : raw;
  const colon = token.indexOf(':');
  const modifier = colon > 0 ? MODIFIERS[token.slice(0, colon).toLowerCase()] : undefined;
  if (modifier) {
    const value = token.slice(colon + 1).replace(/^[@~]/, '');
    if (value) (query[TARGET[modifier][negated ? 1 : 0]] as string[]).push(value.toLowerCase());
    return;
  }
  const word = token.toLowerCase();
  if (word.startsWith('#') && word.length > 1) {
    if (!negated) query.hashtags.push(word);
    else query.excludedWords.push(word);
    return;
  }
  const cleaned = cleanWord(word);
  if (cleaned) (negated ? query.excludedWords : query.words).push(cleaned);
}

/** Punctuation around a word is not part of it (Mattermost drops it too), but a trailing `*` is a prefix search. */
function cleanWord(word: string): string {
  const prefix = word.endsWith('*');
  const core = word.replace(/\*+$/, '').replace(/^[^\p{L}\p{N}_@]+|[^\p{L}\p{N}_]+$/gu, '');
  return core && prefix ? `${core}*` : core;
}

function emptyQuery(): SearchQuery {
  return {
    words: [],
    phrases: [],
    hashtags: [],
    excludedWords: [],
    excludedPhrases: [],
    fromUsers: [],
    excludedFromUsers: [],
    inChannels: [],
    excludedInChannels: [],
    on: [],
    excludedOn: [],
    before: [],
    excludedBefore: [],
    after: [],
    excludedAfter: [],
  };
}

/** True when the query asks for nothing at all (Mattermost answers an empty list). */
export function isEmptyQuery(query: SearchQuery): boolean {
  return (
    query.words.length + query.phrases.length + query.hashtags.length === 0 &&
    query.fromUsers.length + query.inChannels.length === 0 &&
    query.on.length + query.before.length + query.after.length === 0
  );
}
