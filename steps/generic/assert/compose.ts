/**
 * Turns a pattern's groups into non-capturing ones, so that patterns can be embedded in a lookahead or an
 * alternation of another pattern without adding arguments (Cucumber passes every capturing group).
 */
export function withoutCaptures(source: string): string {
  if (/\\[1-9]|\\k</.test(source))
    throw new Error(`a step pattern with a backreference cannot be composed: /${source}/`);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      out += char + source[i + 1];
      i++;
    } else if (inClass) {
      inClass = char !== ']';
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else if (char === '(' && source[i + 1] !== '?') {
      out += '(?:';
    } else if (char === '(' && source.startsWith('?<', i + 1) && !'=!'.includes(source[i + 3])) {
      const close = source.indexOf('>', i);
      out += '(?:';
      i = close;
    } else out += char;
  }
  return out;
}

/** Flags a composed pattern can carry: the grammar's are case-insensitive; others would change a pattern's meaning. */
export function checkComposable(pattern: RegExp): void {
  if (/[suyv]/.test(pattern.flags))
    throw new Error(
      `the step pattern /${pattern.source}/${pattern.flags} uses flags the assertion grammar cannot defer to`,
    );
}
