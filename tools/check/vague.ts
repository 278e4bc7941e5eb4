/**
 * Expected lines too vague to check: they name no element and quote no text ("Everything renders as described in
 * the post", "It works as expected"). The grammar can tell these apart from sentences it merely lacks: no step
 * should ever bind them, so the advice is to say what to look for, not to wait for a step.
 */

const QUOTES = /["“”‘’'`]/;
const VAGUE_SUBJECT =
  /^(?:(?:verify|check|ensure|confirm|observe)\s+(?:that\s+)?)?(?:everything|all|it|this|that|things|the (?:feature|functionality|page|ui|app|behaviou?r)|functionality|behaviou?r)\b/i;
const VAGUE_OUTCOME =
  /\b(?:as (?:expected|described|intended|designed|before)|correctly|properly|successfully|fine|normally|without (?:any )?(?:issues?|errors?|problems?))\b/i;
const WORKS =
  /^(?:(?:verify|check|ensure|confirm)\s+(?:that\s+)?)?(?:it\s+|this\s+|that\s+|everything\s+|all\s+)?(?:works?|working|functions?)(?:\s+(?:as expected|correctly|properly|fine|normally))?[.!]?$/i;
const BARE_OUTCOME = /^(?:as expected|no (?:issues?|errors?|problems?)(?: found)?)[.!]?$/i;

export function isVague(text: string): boolean {
  if (QUOTES.test(text)) return false;
  return (
    (VAGUE_SUBJECT.test(text) && VAGUE_OUTCOME.test(text)) || WORKS.test(text) || BARE_OUTCOME.test(text)
  );
}
