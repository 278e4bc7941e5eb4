/**
 * Step texts keep words, not markdown syntax: `Click **Save**` reads `Click Save`. Emphasis is not parsed in case
 * bodies (see markdown.ts: it is a third of the inline parse), so its markers are taken out of the rendered text
 * here, only for the lines that become steps. Code spans and quotes stay: they quote UI text.
 */

// Cheap test first: most step lines have no marker at all.
const MARKER = /[*_]/;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
// Pairs whose inside starts and ends with a non-space, as CommonMark's flanking rules ask; `_` only at word
// boundaries (`test_user_1` is a name, not emphasis), `*` also inside words (`**Save**d` is rare but bold).
const STRONG_STAR = /\*\*(?=[^\s*])([\s\S]*?[^\s*])\*\*/g;
const STRONG_UNDERSCORE = /(?<![\p{L}\p{N}_])__(?=[^\s_])([\s\S]*?[^\s_])__(?![\p{L}\p{N}_])/gu;
const EM_STAR = /(?<![\p{L}\p{N}*])\*(?=[^\s*])([\s\S]*?[^\s*])\*(?![\p{L}\p{N}*])/gu;
const EM_UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=[^\s_])([\s\S]*?[^\s_])_(?![\p{L}\p{N}_])/gu;
// What is left of unbalanced bold, as in `go to **System Console ➜ **Billing ➜ **Subscription**`.
const STRAY_STRONG = /\*\*+/g;
const SPACES = /\s{2,}/g;

/** `text` without emphasis markers outside its code spans. */
export function withoutEmphasis(text: string): string {
  if (!MARKER.test(text)) return text;
  let result = '';
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    result += plain(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  result += plain(text.slice(last));
  return result.replace(SPACES, ' ').trim();
}

function plain(text: string): string {
  if (!MARKER.test(text)) return text;
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current
      .replace(STRONG_STAR, '$1')
      .replace(STRONG_UNDERSCORE, '$1')
      .replace(EM_STAR, '$1')
      .replace(EM_UNDERSCORE, '$1');
  } while (current !== previous && MARKER.test(current));
  return current.replace(STRAY_STRONG, '');
}
