/**
 * Building blocks for step expressions. QA engineers write "Click **Save**", "click the “Save” button.",
 * "Select 'Save' (bottom right)": every step pattern is matched case-insensitively against the whole
 * sentence, and tolerates a trailing parenthetical remark and trailing punctuation.
 */

/** A trailing "(…)" remark (one level of nesting) and punctuation, as real cases end their lines. */
const TAIL = String.raw`(?:\s*\((?:[^()]|\([^()]*\))*\))*\s*[.!;:,]*\s*`;

/** Whole-sentence, case-insensitive RegExp for a step, from a pattern written without anchors. */
export function sentence(pattern: string): RegExp {
  return new RegExp(`^\\s*${pattern}${TAIL}$`, 'i');
}

/** A label in quotes of any kind, in **bold** or in `code`. */
export const QUOTED = String.raw`(?:"[^"]+"|“[^”]+”|‘[^’]+’|'[^']+'|\*\*[^*]+\*\*|__[^_]+__|\x60[^\x60]+\x60)`;

/** Words that join clauses; an unquoted label never contains them, so "click X and select Y" is not a click. */
const CONNECTOR = String.raw`(?:and|then|to|into|in|on|at|from|for|with|until|without|while|or|that|if|of|by|as|is|are|was|be)\b`;
/** Words that point at something vaguely ("any", "one of", "outside"): such phrases are not labels. */
const VAGUE = String.raw`(?:any|anywhere|each|every|all|some|somewhere|one|another|other|several|few|multiple|this|these|those|it|them|here|there|outside|inside|back|again|both|either)\b`;
const WORD = String.raw`(?!${CONNECTOR}|${VAGUE})[\w'’&/+#@-]+(?:\.[\w'’&/+#@-]+)*`;

/** An unquoted label of one to five words, e.g. Save, Account Settings, hamburger menu. */
export const BARE = String.raw`${WORD}(?:\s+${WORD}){0,4}`;

/**
 * Inside a name only words that join a name's own parts ("Jump to recent messages", "Only mentions and direct
 * messages"); words that point elsewhere ("from the menu", "in the field", "with styled") or start a new action end it.
 */
const NOT_IN_NAME = String.raw`(?:the|a|an|from|in|into|on|at|with|by|as|is|are|was|be|that|if|then|while|until|without|click|tap|select|choose|press|type|enter|open|go|navigate|verify|should|will|can|no)\b`;
const NAME_WORD = String.raw`(?!${NOT_IN_NAME})[^\s,;"“”‘’\x60>➜➔→»⇒]+`;
const NAME_START = String.raw`(?!${CONNECTOR}|${VAGUE}|\d+(?:\.\d+)*\.?\s|\()${NAME_WORD}`;

/**
 * An unquoted name of one to six words right before an element word ("the Jump to recent messages button",
 * "Global default (Mentions) option"): the element word closes it, so it may hold connectors a bare label may
 * not. Bold names arrive this way: step texts drop emphasis markers (tools/case/emphasis.ts).
 */
export const NAMED = String.raw`${NAME_START}(?:\s+${NAME_WORD}){0,5}`;

/** The same, of at least two words: a lone noun before an element word ("Drop-down menu") names no element. */
export const LONG_NAMED = String.raw`${NAME_START}(?:\s+${NAME_WORD}){1,5}`;

/** A quoted or bare label. */
export const LABEL = String.raw`(?:${QUOTED}|${BARE})`;

export const ARTICLE = String.raw`(?:(?:the|a|an|your)\s+)?`;

/** Element kinds a step may name after a label: "the Save button", "the Security tab". */
export const KIND = String.raw`(?:button|link|menu item|menuitem|menu option|option|tab|radio button|radio|checkbox|check box|icon|field|input|text ?box|box|toggle|item|menu|entry|section)`;

/** A label, or a longer unquoted name when an element word follows it (the step captures that word after it). */
export const LABEL_BEFORE_KIND = String.raw`(?:${LABEL}|${NAMED}(?=\s+${KIND}\b))`;

const QUOTE_PAIRS: [string, string][] = [
  ['**', '**'],
  ['__', '__'],
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
  ['`', '`'],
];

/** The text of a label without its quotes, bold markers, leading article or surrounding whitespace. */
export function unquote(raw: string): string {
  let text = raw.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [open, close] of QUOTE_PAIRS) {
      if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
        text = text.slice(open.length, -close.length).trim();
        changed = true;
      }
    }
  }
  return text.replace(/^(?:the|a|an|your)\s+/i, '').trim();
}

/** Whether the raw label was quoted (quoted labels are matched literally, without dropping kind words). */
export function isQuoted(raw: string): boolean {
  return new RegExp(`^${QUOTED}$`).test(raw.trim());
}

/** Separators of a menu path: "A > B", "A ➜ B", "A -> B", "A → B". */
export const PATH_SEPARATOR = String.raw`(?:->|-->|=>|>|➜|➔|→|»|⇒)`;

/** One element of a menu path: quoted, or any text up to the next separator that does not start a new clause. */
const CLAUSE = String.raw`\s(?:and|then),?\s+(?:select|choose|click|tap|go|open|navigate|edit|find)\b`;
const PATH_ELEMENT = String.raw`(?:${QUOTED}|(?:(?!${CLAUSE})[^>➜➔→»⇒\n])+?)`;

/** A menu path of at least two elements. */
export const PATH = String.raw`${PATH_ELEMENT}(?:\s*${PATH_SEPARATOR}\s*${PATH_ELEMENT})+`;

/** Splits a menu path into its elements, without quotes or articles. */
export function splitPath(path: string): string[] {
  return unquote(path)
    .split(new RegExp(String.raw`\s*${PATH_SEPARATOR}\s*`))
    .map((part) => unquote(part.replace(/^[-=]+|[-=]+$/g, '')))
    .filter((part) => part.length > 0);
}
