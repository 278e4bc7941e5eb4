/**
 * Line-level recognisers for the Mattermost test-management markdown. Structure (sections, lists, fences,
 * tables) comes from markdown-it tokens; these only look at the text of one already-rendered line.
 */

export interface ListMarker {
  /** The number of "3." / "3)" items (escaped `3\.` included: the escape is gone once rendered). */
  number?: number;
  rest: string;
}

// "3." or "3)" not followed by a digit (so "12.1 Job" and "1.42-p123" stay text), a single letter "a." / "a)",
// a bullet "-", "*", "+", "•", or a blockquote ">".
const LIST_MARKER = /^(?:(\d{1,3})[.)](?!\d)|[a-zA-Z][.)](?=\s)|[-*+•>](?=\s|$))\s*/;

// Hoisted: a regular expression literal is a new object each time it is evaluated, and these run on every line.
const SEPARATOR = /^(?:[-_=–—―‒~*]\s*){3,}$/;
// Two tests rather than one `[*_`]|^[…]` alternation: the anchored branch kept the engine from scanning for the
// markers alone (measured on the corpus's lines: 6.5 ms against 9.3 ms).
const MARKERS = /[*_`]/;
const EMPHASIS = /[*_`]+/g;
const LEADING_MARKS = /^[\s\-–—•>]+/;
const SUBTITLE = /^(?:scenario|case|part|test case)\s*\d*\s*[:.)\-–]/i;
const NOTE = /^(?:notes?|nb|n\.b\.|tip|important|warning|caution)\s*[:\-–]/i;
const NOTE_BLOCK = /^important notes? about this step/i;
const RELATED_HEADER = /^related (?:tickets?|ticket\(s\)|bugs?|issues?|jira)/i;
const PARENTHESISED = /\([^)]*\)/g;
const LINK_WORD =
  /^(?:epic|ticket|jira|see|ref|reference|links?|docs?|documentation|spec|pr|issue|bug|story)\b/i;
const WORDS = /[\p{L}\p{N}]/u;
const READABLE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** Splits a leading list marker off a line written without real markdown list syntax. */
export function splitListMarker(text: string): ListMarker {
  const match = LIST_MARKER.exec(text);
  if (!match) return { rest: text };
  const rest = text.slice(match[0].length);
  return match[1] === undefined ? { rest } : { number: Number(match[1]), rest };
}

/** `———`, `–––`, `---`, `___`, `===` lines under a title (3+ dash-like characters, nothing else). */
export function isSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}

// The recognisers below are asked about the same line one after the other: strip it once.
let lastText: string | undefined;
let lastBare = '';

/** Text without emphasis markers and surrounding punctuation, for recognising labels and notes. */
export function bareText(text: string): string {
  if (text === lastText) return lastBare;
  lastText = text;
  // The common case: nothing to strip.
  const strippable = MARKERS.test(text) || LEADING_MARKS.test(text);
  lastBare = strippable ? text.replace(EMPHASIS, '').replace(LEADING_MARKS, '').trim() : text;
  return lastBare;
}

const LABEL =
  /^(?:(?:test )?(?:steps?|expected(?: results?)?|results?|pre-?conditions?|prerequisites?|notes?|tests?|set ?up|test data|objective|actions?|(?:positive|negative) (?:scenarios?|cases?|tests?))\s*:?|none|n\/a|nothing)\.?$/i;

/** "Steps:", "Expected result:", "Pre-condition:", "Positive Scenarios", a lone "None": labels, not actions. */
export function isLabel(text: string): boolean {
  return LABEL.test(bareText(text));
}

/** "Scenario 2: …", "**Scenario**: …", "Case 1 - …", "Part 3." sub-titles embedded in a step. */
export function isSubtitle(text: string): boolean {
  return SUBTITLE.test(bareText(text));
}

/** "Note: …", "Tip - …", "Important: …" or a line wholly in parentheses. */
export function isNote(text: string): boolean {
  const bare = bareText(text);
  return NOTE.test(bare) || isParenthesised(bare);
}

/** "_Important notes about this step:_" opens a block of notes that runs to the end of the section. */
export function opensNoteBlock(text: string): boolean {
  return NOTE_BLOCK.test(bareText(text));
}

/** "_Related ticket(s):_", "Related bug:", "Related Jira: MM-123 …". */
export function isRelatedHeader(text: string): boolean {
  return RELATED_HEADER.test(bareText(text));
}

/** Text outside links that still leaves a line "link-only": markers, "(Story)", "Epic:", "See:" and the like. */
export function isLinkDecoration(outside: string): boolean {
  const rest = bareText(outside)
    .replace(PARENTHESISED, '')
    .replace(LINK_WORD, '')
    .replace(RELATED_HEADER, '');
  return !WORDS.test(rest);
}

/** Nothing a person would read as words: no letter, digit or pictograph. */
export function isOrnament(text: string): boolean {
  return !READABLE.test(text);
}

function isParenthesised(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')') depth--;
    if (depth === 0 && index < text.length - 1) return false;
  }
  return depth === 0;
}

export interface StepReference {
  /** The action number the line refers to ("After step 8," → 8). */
  number: number;
  /** The line without its reference prefix; empty when the line was only "After 3,". */
  rest: string;
}

// "After step 8,", "On 2.", "After 3,", "After #3,", "On8.", "In step 4:", "For step 3 -", "At step 2."; never
// "After 3 seconds", "At 5:00" nor "After step 3 and 4".
const REFERENCE =
  /^(?:after|on|in|for|at)\s*(?:step\s*#?(\d+)(?!\s*(?:and|or|&|to|-|–|,\s*\d)\s*\d)\s*[.,:;)\-–]?|#?(\d+)\s*[.,:;)](?!\d))\s*/i;

/** Reads the "After step N," style prefix that ties an expected line to an action. */
export function stepReference(text: string): StepReference | undefined {
  const match = REFERENCE.exec(text);
  if (!match) return undefined;
  const number = Number(match[1] ?? match[2]);
  const rest = text.slice(match[0].length).trim();
  // "After #3,\" keeps a stray hard-break backslash: nothing readable is left, so the line is only a heading.
  return { number, rest: WORDS.test(rest) ? rest : '' };
}
