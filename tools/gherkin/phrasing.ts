/**
 * How a line reads: a check ("Verify …", "Observe …") or a setup ("Login …", "Create …"). Used to choose
 * Then for checks written among the actions, and Given for a scenario's opening setup lines.
 */

/** Leading words that do not change what the line does: connectors, emphasis, an actor clause. */
function core(text: string): string {
  return text
    .replace(/[*_`"“”]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:then|and|also|now|next|finally|again)\b[\s,]*/i, '')
    .replace(/^(?:as|with|from|on|in)\s+[^,]{1,40},\s*/i, '');
}

const CHECK = /^(?:verify|verifies|observe|ensure|confirm|validate|assert|expect|make sure|check)\b/i;

/** "Verify …", "Observe …", "Check that …", "Ensure …": an assertion even when written as a step. */
export function isCheck(text: string): boolean {
  const stripped = core(text);
  // "Check the … checkbox" ticks a box: an action.
  return CHECK.test(stripped) && !/^check\b.*\b(?:check ?box|box)\b/i.test(stripped);
}

const SETUP =
  /^(?:log ?in|log into|logged in|sign ?in|sign into|as (?:an?|the)? ?(?:user|admin|sysadmin|system ?admin|guest|member)|have\b|has\b|there (?:is|are)|enable|disable|set\b|set ?up|turn (?:on|off)|configure|install|create|add (?:an?|new|some)\b|start|launch|restart|prepare|use (?:an?|the)\b|pre-?condition|prerequisite|given\b|with (?:an?|the)\b)/i;

/** "Login as …", "Create a channel", "Enable X": a setup line that reads well after Given. */
export function isSetup(text: string): boolean {
  const stripped = text.replace(/[*_`]/g, '').replace(/^[^\p{L}\p{N}]+/u, '');
  return (
    SETUP.test(stripped) || /^from [^,]{1,60},\s*(?:set|enable|disable|turn|configure)\b/i.test(stripped)
  );
}
