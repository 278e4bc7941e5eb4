/**
 * Splits a message into plain and highlighted pieces for the search terms, the way Mattermost marks them in
 * search results (`<span class="search-highlight">`): whole words, the typed part of a `prefix*` word, every word
 * of a "quoted phrase" in a row, and whole #hashtags.
 */
export function highlightPieces(message, terms) {
  const patterns = terms.map(termPattern).filter(Boolean);
  if (patterns.length === 0) return [{ text: message, hit: false }];
  const pattern = new RegExp(patterns.join('|'), 'giu');
  const pieces = [];
  let last = 0;
  for (const match of message.matchAll(pattern)) {
    if (match[0] === '') continue;
    if (match.index > last) pieces.push({ text: message.slice(last, match.index), hit: false });
    pieces.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < message.length) pieces.push({ text: message.slice(last), hit: false });
  return pieces;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BEFORE = '(?<![\\p{L}\\p{N}_#])';
const AFTER = '(?![\\p{L}\\p{N}_])';

function termPattern(term) {
  if (term.startsWith('#')) return `${BEFORE}${escapeRegExp(term)}(?![\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])`;
  if (term.endsWith('*')) return `${BEFORE}${escapeRegExp(term.slice(0, -1))}`;
  const words = term.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length === 0) return '';
  return `${BEFORE}${words.map(escapeRegExp).join('[^\\p{L}\\p{N}_]+')}${AFTER}`;
}
