/**
 * Negation of an expected line for its negation twin: the earliest verb phrase the assertion grammar reads as
 * presence or absence is flipped ("is shown" ↔ "is not shown", "you see X" ↔ "you do not see X", "displays" →
 * "does not display", "should" ↔ "should not"). Quoted texts and asides in parentheses are never touched ("reverts
 * (should not be blank)" is not negated by its aside). Undefined when nothing flips.
 */

interface Rule {
  pattern: RegExp;
  replace: (match: RegExpExecArray) => string;
}

const CONTRACTIONS: Record<string, string> = {
  "isn't": 'is',
  "aren't": 'are',
  "wasn't": 'was',
  "weren't": 'were',
  "doesn't": 'does',
  "don't": 'do',
  "didn't": 'did',
  "won't": 'will',
  "can't": 'can',
  cannot: 'can',
  "shouldn't": 'should',
  "couldn't": 'could',
  "mustn't": 'must',
};

/** Third-person verbs of the presence/text grammar and their base forms ("displays" → "does not display"). */
const VERBS: Record<string, string> = {
  displays: 'display',
  appears: 'appear',
  shows: 'show',
  opens: 'open',
  closes: 'close',
  contains: 'contain',
  reads: 'read',
  says: 'say',
  exists: 'exist',
  remains: 'remain',
  disappears: 'disappear',
  changes: 'change',
  updates: 'update',
  loads: 'load',
  includes: 'include',
  has: 'have',
  sees: 'see',
  receives: 'receive',
  gets: 'get',
};

const RULES: Rule[] = [
  // "No changes made", "No results returned": the sentence's own negation is its first word ("Changes made").
  { pattern: /^\s*no\s+(\w)/i, replace: (m) => m[1].toUpperCase() },
  // "Blue bar message no longer displays" → "Blue bar message displays" (not "no longer does not display").
  { pattern: /\bno\s+longer\s+/i, replace: () => '' },
  // "are never fired" → "are fired" (not "are not never fired").
  { pattern: /\b(is|are|was|were|should\s+be|will\s+be)\s+never\b\s*/i, replace: (m) => `${m[1]} ` },
  // Negative to positive first, so "is not shown" becomes "is shown" rather than "is not not shown".
  {
    pattern: /\b(is|are|was|were|do|does|did|should|can|will|must|could)\s+not\b\s*/i,
    replace: (m) => `${m[1]} `,
  },
  {
    pattern:
      /\b(isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|can't|cannot|shouldn't|couldn't|mustn't)\b/i,
    replace: (m) => sameCase(m[1], CONTRACTIONS[m[1].toLowerCase()]),
  },
  { pattern: /\b(is|are|was|were|should|can|will|must|could)\b/i, replace: (m) => `${m[1]} not` },
  { pattern: /\b(you|they|we|I)\s+(see|notice|get|receive)\b/i, replace: (m) => `${m[1]} do not ${m[2]}` },
  {
    pattern: new RegExp(`\\b(${Object.keys(VERBS).join('|')})\\b`, 'i'),
    replace: (m) => `does not ${VERBS[m[1].toLowerCase()]}`,
  },
];

/** Quoted texts, and asides in parentheses (the step grammar reads a trailing aside as optional detail). */
const UNTOUCHED = /"[^"]*"|“[^”]*”|`[^`]*`|\([^)]*\)/g;

export function negate(text: string): string | undefined {
  // Masked with same-length blanks, so a rule never matches inside them.
  const masked = text.replace(UNTOUCHED, (q) => '\u0000'.repeat(q.length));
  let best: { index: number; length: number; replacement: string } | undefined;
  for (const rule of RULES) {
    const match = rule.pattern.exec(masked);
    if (match && (!best || match.index < best.index)) {
      best = { index: match.index, length: match[0].length, replacement: rule.replace(match) };
    }
  }
  if (!best) return undefined;
  return text.slice(0, best.index) + best.replacement + text.slice(best.index + best.length);
}

function sameCase(original: string, replacement: string): string {
  return original[0] === original[0].toUpperCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;
}
