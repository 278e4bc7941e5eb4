/**
 * A cached step pattern `^(?!A)(?!B)rest` tested as its parts: "A does not match at the start", "B does not",
 * "^rest matches". Every form of the assertion grammar starts with the same long lookaheads (no vague words, no
 * line a domain step prefers); as one regex each, V8 compiled them again inside every form, which was most of a
 * one-case `npm run check`. As parts, each lookahead is compiled once for all the forms, and a line a lookahead
 * refuses never compiles the form's own (large) body. The parts answer exactly as the whole pattern does; a
 * pattern they could not answer for (a capture inside a lookahead, an alternation at the top, the m, y or v flag)
 * stays whole. A shared part also remembers its answer for the last text: a matcher asks every pattern about one
 * line before the next, so the long shared lookaheads run once per line, not once per form.
 */

/**
 * The same text, held by V8 as two-byte characters. V8 compiles a regex separately for one-byte (Latin-1) and
 * two-byte subject strings; corpus lines are of both kinds (curly quotes are not Latin-1), so each large part was
 * compiled twice, which doubled a one-case check. Seen as two-byte, every text needs only the two-byte code. The
 * characters are unchanged, so the answers are too: were V8 to store the slice otherwise, only the speed is lost.
 */
export function asTwoByte(text: string): string {
  return `\u0100${text}`.slice(1);
}

/** A compiled part shared by every pattern of one matcher, with its answer for the last text it tested. */
class SharedPart {
  private lastText: string | undefined;
  private lastAnswer = false;

  constructor(private readonly regex: RegExp) {}

  test(text: string): boolean {
    if (text !== this.lastText) {
      this.lastAnswer = this.regex.test(text);
      this.lastText = text;
    }
    return this.lastAnswer;
  }
}

/** Compiled parts shared by every pattern of one matcher: the same source compiles once. */
export type PartCache = Map<string, SharedPart>;

export function patternTester(source: string, flags: string, cache: PartCache): (text: string) => boolean {
  const parts = split(source, flags);
  if (!parts) {
    const whole = compiled(source, flags, cache);
    return (text) => whole.test(text);
  }
  const refusals = parts.lookaheads.map((lookahead) => compiled(`^(?:${lookahead})`, flags, cache));
  const rest = compiled(`^${parts.rest}`, flags, cache);
  return (text) => !refusals.some((refusal) => refusal.test(text)) && rest.test(text);
}

function compiled(source: string, flags: string, cache: PartCache): SharedPart {
  const key = `${flags}/${source}`;
  let part = cache.get(key);
  if (!part) {
    part = new SharedPart(new RegExp(source, flags));
    cache.set(key, part);
  }
  return part;
}

interface Parts {
  /** The lookaheads' contents, without `(?!` and `)`. */
  lookaheads: string[];
  /** What follows them, without the leading `^`. */
  rest: string;
}

/** The leading negative lookaheads of an anchored pattern, when testing them apart means the same. */
export function split(source: string, flags: string): Parts | undefined {
  // m: `^` would also match after a newline; y, g: lastIndex; v: classes nest (this scanner reads flat ones).
  if (!source.startsWith('^') || /[mygv]/.test(flags)) return undefined;
  const lookaheads: string[] = [];
  let at = 1;
  while (source.startsWith('(?!', at)) {
    const group = scanGroup(source, at);
    // A capture inside would renumber the rest's groups, a back reference would read another group (or, alone,
    // an octal escape); a quantifier after it would repeat it.
    const inside = group && source.slice(at + 3, group.end);
    if (!group || !inside || group.captures || /\\(?:[1-9]|k<)/.test(inside)) break;
    if (/^[*+?{]/.test(source.slice(group.end + 1))) break;
    lookaheads.push(inside);
    at = group.end + 1;
  }
  const rest = source.slice(at);
  // `^(?!A)x|y` is "(^(?!A)x) or y": the lookaheads bind the first alternative only.
  if (!lookaheads.length || hasTopLevelAlternation(rest)) return undefined;
  return { lookaheads, rest };
}

/** The index of the `)` closing the group opened at `open`, and whether the group captures anything. */
function scanGroup(source: string, open: number): { end: number; captures: boolean } | undefined {
  let depth = 0;
  let captures = false;
  for (const [i, c] of syntax(source, open)) {
    if (c === '(') {
      depth++;
      if (i > open && opensCapture(source, i)) captures = true;
    } else if (c === ')' && --depth === 0) {
      return { end: i, captures };
    }
  }
  return undefined;
}

/** `(x`, `(?<name>x`: groups that capture; `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` do not. */
function opensCapture(source: string, open: number): boolean {
  if (source[open + 1] !== '?') return true;
  return source[open + 2] === '<' && source[open + 3] !== '=' && source[open + 3] !== '!';
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  for (const [, c] of syntax(source, 0)) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The pattern's characters from `from` that are syntax: not escaped, not inside a character class. */
function* syntax(source: string, from: number): Generator<[number, string]> {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else yield [i, c];
  }
}
