/**
 * Expected lines too vague to check: they say that something is right without saying what right looks like.
 * The grammar refuses any line containing one of these forms, so such lines stay unbound (undefined) instead of
 * passing on whatever the page shows. Each entry is a regex source, matched case-insensitively as whole words.
 */
export const VAGUE_FORMS: string[] = [
  String.raw`as\s+(?:expected|intended|designed|described|before|usual|normal)`,
  String.raw`(?:works?|working|worked|functions?|functioning|behaves?|behaving)`,
  String.raw`(?:correct|correctly|properly|proper|successfully|successful|appropriate(?:ly)?|accordingly|fine|normally|smoothly|seamlessly|nicely|reasonabl[ey]|sensibl[ey]|intuitive(?:ly)?|consistent(?:ly)?)`,
  String.raw`(?:everything|anything|something|nothing\s+else|all\s+(?:the\s+)?(?:elements|items|options|fields|details|information|data|settings|content))`,
  String.raw`(?:various|relevant|related|respective|certain|appropriate|expected|necessary|required|specified|mentioned|above|below\s+(?:list|steps)|following|etc\.?)`,
  String.raw`(?:no\s+(?:errors?|issues?|problems?|crash(?:es)?)|without\s+(?:errors?|issues?|problems?))`,
  String.raw`(?:renders?|rendered|looks?|looking|feels?|seems?)`,
  String.raw`(?:should\s+be\s+able|is\s+able|are\s+able|can\s+be\s+(?:used|seen))`,
];

/** A lookahead that fails on a vague line (put at the start of every grammar form). */
export const NOT_VAGUE = String.raw`(?!.*\b(?:${VAGUE_FORMS.join('|')})\b)`;
