import { QUOTED } from '../phrase';

/**
 * Regex pieces of the assertion grammar that do not depend on the vocabulary. Every piece is written without
 * capturing groups except named ones, so that forms can be composed and the named groups read back.
 */

/** "1.", "2.3.", "(b)", "Step 4:" before an expected line. */
export const NUMBERING = String.raw`(?:(?:\d+(?:\.\d+)*\.|\(?(?:[a-z]|\d+)\)|step\s+\d+\s*:)\s+)?`;

/** "Verify that", "Observe", "Make sure" (not "check": "Check X" ticks a checkbox). */
export const VERIFY = String.raw`(?:(?:verify|confirm|ensure|observe|make\s+sure|assert|validate|expect|check\s+that)(?:\s+that)?\s+)?`;

/** Verbs that open a bare presence line: "Verify “Saved”", "Observe the RHS". */
export const VERIFY_ALONE = String.raw`(?:verify|confirm|observe|ensure)(?:\s+(?:that\s+)?(?:there\s+(?:is|are)\s+)?)?\s+`;

/** Words between a subject and its predicate: "is", "should now be", "will still be", "gets". */
const IS = String.raw`(?:(?:is|are|gets?|becomes?|remains?|stays?)(?:\s+(?:now|still|also|then|again))?|(?:should|will|must|can|would)(?:\s+(?:now|still|also|then|again))?(?:\s+be)?|(?:has|have)\s+been)`;

// "does not disappear" is the negation twin of "disappears": still shown ("should not close" of "should close");
// "does appear" is the negation twin of "does not appear".
const SHOWN_WORD = String.raw`(?:(?:does|do|did|should|will)\s*(?:not|n't)\s+(?:disappear|vanish|go\s+away|close)|(?:does|do|did)\s+(?:appear|display|show(?:\s+up)?|exist)|displayed|shown|visible|present|listed|rendered|showing|displaying|appears?|appearing|displays|shows(?:\s+up)?|show(?:\s+up)?|exists?|opens|opened|open|pops?\s+up|popped\s+up|loads|loaded|available)`;

/** "is displayed", "appears", "should be visible", "shows up". */
export const SHOWN = String.raw`(?:\s+${IS})?\s+${SHOWN_WORD}(?:\s+(?:again|now|as\s+well|too))?`;

const NOT = String.raw`(?:not|n't|never)`;

/** "is not displayed", "is not still displayed" (the negation twin of "is still displayed"), "disappears", "is removed", "no longer shows", "closes" (named group `gone` when it left). */
export const NOT_SHOWN = String.raw`(?:(?:\s+(?:is|are|does|do|did|should|will|must|can|would)\s*${NOT}(?:\s+(?:still|now))?(?:\s+(?:be|be\s+shown\s+or))?\s+(?:displayed|shown|visible|present|listed|showing|appear(?:ing)?|show(?:\s+up)?|display|exist|available|open|opened|there)|\s+(?:(?:is|are)\s+)?no\s+longer\s+(?:displayed|shown|visible|present|listed|available|there|shows?|appears?|displays?|exists?)|\s+(?<gone>disappears?|disappeared|vanishes|vanished|goes\s+away|went\s+away|(?:is|are|gets?|has\s+been|have\s+been)\s+(?:gone|removed|hidden|closed|dismissed)|(?:should|will)\s+close|closes|closed))(?:\s+(?:again|now|too|as\s+well))?)`;

/** Kinds of element a subject may name after a quoted or bare label. */
export const ELEMENT = String.raw`(?:button|link|menu\s+item|menu\s+option|option|tab|radio\s+button|radio|checkbox|check\s+box|icon|field|input|text\s?box|toggle|item|entry|section|heading|title|label|text|message|banner|badge|column|row|header|placeholder|error|error\s+message|warning|notification|tooltip|list\s+item|dropdown\s+option|setting)`;

/** Nouns that may stand before a quoted text: "the text “Saved”", "error message “X”", "button “Save”". */
export const TEXT_NOUN = String.raw`(?:(?:the\s+|a\s+|an\s+)?(?:${ELEMENT}|message\s+text|help\s+text|system\s+message|ephemeral\s+message|confirmation\s+message|success\s+message|info\s+message|status|value|name|description|string|prompt|hint|caption|channel|user|team))`;

export { QUOTED };

/**
 * An unquoted subject of one to five words ("the Edit button", "Archived channels"): phrase.ts's bare label,
 * without the verbs and adverbs that start a predicate ("does not", "shows", "still", "has").
 */
const STOP = String.raw`(?:the|and|then|to|into|in|on|at|from|for|with|until|without|while|or|that|if|of|by|as|is|are|was|were|be|been|being|does|do|did|not|no|never|has|have|had|shows?|showing|displays?|displaying|appears?|appearing|says?|reads?|contains?|includes?|can|cannot|could|should|shall|will|would|must|may|might|still|also|now|again|only|just|gets?|becomes?|remains?|stays?|opens?|closes?|changes?|updates?|disappears?|goes|went|vanish(?:es)?|which|who|when|where|after|before|but|so|than|via|under|over|below|above|between|any|anywhere|each|every|all|some|somewhere|one|another|other|several|few|multiple|this|these|those|it|its|them|they|their|there|here|outside|inside|back|both|either|you|your|we|our|i|me|my|he|she|his|her|same|following|above)(?![\w'’-])`;
const WORD = String.raw`(?!${STOP})[\w'’&/+#@-]+(?:\.[\w'’&/+#@-]+)*`;
export const BARE = String.raw`${WORD}(?:\s+${WORD}){0,4}`;

/** Numbers as words or digits. */
export const NUMBER = String.raw`(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;

const WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export function numberOf(text: string): number {
  const word = text.toLowerCase();
  return word in WORDS ? WORDS[word] : Number(text);
}

/** A regex alternation of registered names: spaces and hyphens are interchangeable, a plural "s" optional. */
export function alternation(names: string[]): string {
  const parts = names.map((name) => {
    const words = name
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/[\s-]+/g, String.raw`[\s-]*`);
    return /y$/i.test(words) ? `${words.slice(0, -1)}(?:y|ies|ys)` : `${words}(?:s|es)?`;
  });
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}
