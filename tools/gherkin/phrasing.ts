/**
 * How a line reads: a check ("Verify …", "Observe …") or a setup ("Login …", "Create …"). Used to choose
 * Then for checks written among the actions, and Given for a scenario's opening setup lines.
 */

// Hoisted: a regular expression literal is a new object each time it is evaluated; these run on every step.
const MARKUP = /[*_`]/g;
const MARKUP_AND_QUOTES = /[*_`"“”]/g;
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const CONNECTOR = /^(?:then|and|also|now|next|finally|again)\b[\s,]*/i;
const ACTOR_CLAUSE = /^(?:as|with|from|on|in)\s+[^,]{1,40},\s*/i;
const TICKS_A_BOX = /^check\b.*\b(?:check ?box|box)\b/i;
const SETTING_FROM = /^from [^,]{1,60},\s*(?:set|enable|disable|turn|configure)\b/i;

/** Leading words that do not change what the line does: connectors, emphasis, an actor clause. */
function core(text: string): string {
  return text
    .replace(MARKUP_AND_QUOTES, '')
    .replace(LEADING_NON_WORD, '')
    .replace(CONNECTOR, '')
    .replace(ACTOR_CLAUSE, '');
}

const CHECK = /^(?:verify|verifies|observe|ensure|confirm|validate|assert|expect|make sure|check)\b/i;

/** "Verify …", "Observe …", "Check that …", "Ensure …": an assertion even when written as a step. */
export function isCheck(text: string): boolean {
  const stripped = core(text);
  // "Check the … checkbox" ticks a box: an action.
  return CHECK.test(stripped) && !TICKS_A_BOX.test(stripped);
}

const SETUP =
  /^(?:log ?in|log into|logged in|sign ?in|sign into|as (?:an?|the)? ?(?:user|admin|sysadmin|system ?admin|guest|member)|have\b|has\b|there (?:is|are)|enable|disable|set\b|set ?up|turn (?:on|off)|configure|install|create|add (?:an?|new|some)\b|start|launch|restart|prepare|use (?:an?|the)\b|pre-?condition|prerequisite|given\b|with (?:an?|the)\b)/i;

/** "Login as …", "Create a channel", "Enable X": a setup line that reads well after Given. */
export function isSetup(text: string): boolean {
  const stripped = text.replace(MARKUP, '').replace(LEADING_NON_WORD, '');
  return SETUP.test(stripped) || SETTING_FROM.test(stripped);
}
