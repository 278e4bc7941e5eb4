import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asTwoByte, type PartCache, patternTester, split } from './pattern-parts';

const TEXTS = [
  'Verify "Saved" is shown',
  'verify "saved" IS shown',
  'Everything works as expected',
  'Click Save',
  'x',
  '',
  'Verify the menu opens',
  'aa aa',
  'b',
  '\u0001b',
];

/** The parts answer as the whole pattern does, on every text. */
function assertSameAnswers(source: string, flags: string, cache: PartCache = new Map()): void {
  const whole = new RegExp(source, flags);
  const parts = patternTester(source, flags, cache);
  for (const text of TEXTS) assert.equal(parts(text), whole.test(text), `${source} /${flags} on "${text}"`);
}

describe('patternTester', () => {
  it('tests the leading lookaheads apart from the rest, as the whole pattern would', () => {
    const source = String.raw`^(?!.*\b(?:works?|as\s+expected)\b)(?!verify\s+the\s+menu)(verify\s+"[^"]+"\s+is\s+shown)$`;
    assert.deepEqual(split(source, 'i'), {
      lookaheads: [String.raw`.*\b(?:works?|as\s+expected)\b`, String.raw`verify\s+the\s+menu`],
      rest: String.raw`(verify\s+"[^"]+"\s+is\s+shown)$`,
    });
    assertSameAnswers(source, 'i');
    assertSameAnswers(source, '');
  });

  it('compiles a lookahead shared by several patterns once', () => {
    const cache: PartCache = new Map();
    assertSameAnswers(String.raw`^(?!.*works)(click\s+\w+)$`, 'i', cache);
    assertSameAnswers(String.raw`^(?!.*works)(verify\s+.+)$`, 'i', cache);
    assert.equal(cache.size, 3);
  });

  it('keeps whole what testing apart would change', () => {
    const kept = [
      ['^(?!a)x|b', 'i'], // the lookahead binds the first alternative only
      [String.raw`^(?!(a))(a)\2`, ''], // a capture inside renumbers the rest
      [String.raw`^(?!\1)(a)\1`, ''], // alone, \1 would be an octal escape
      ['^(?!x)verify', 'm'], // ^ after a newline too
      ['^(?!x)verify', 'y'], // lastIndex
      ['^(?!b)*b', ''], // a quantified lookahead
      ['(?!x)verify', 'i'], // not anchored
      ['^(?!(?<name>a))b', ''], // a named capture
    ] as const;
    for (const [source, flags] of kept) {
      assert.equal(split(source, flags), undefined, `${source} /${flags}`);
      if (!flags.includes('y')) assertSameAnswers(source, flags);
    }
  });

  it('reads brackets, escapes and classes inside a lookahead', () => {
    const source = String.raw`^(?!.*[)(\]]|\(x\))(?!(?:a|b)(?=c)(?<!d))(.+)$`;
    assert.equal(split(source, '')?.lookaheads.length, 2);
    assertSameAnswers(source, '');
    assertSameAnswers(source, 'i');
  });

  it('answers each text on its own when the same shared part is asked about texts in turn', () => {
    const cache: PartCache = new Map();
    const click = patternTester(String.raw`^(?!.*works)(click\s+\w+)$`, 'i', cache);
    const verify = patternTester(String.raw`^(?!.*works)(verify\s+.+)$`, 'i', cache);
    assert.deepEqual(
      ['Click Save', 'Click works', 'Verify it', 'Verify it works', 'Click Save'].map((t) => [
        click(t),
        verify(t),
      ]),
      [
        [true, false],
        [false, false],
        [false, true],
        [false, false],
        [true, false],
      ],
    );
  });
});

describe('asTwoByte', () => {
  it('keeps every character of the text, so a regex answers as it does on the text itself', () => {
    for (const text of [
      '',
      'a',
      'Click Save',
      'Verify “Saved” is shown',
      'x'.repeat(40),
      'é',
      '\u{1F600} smile',
    ]) {
      assert.equal(asTwoByte(text), text);
      assert.equal(/^verify\s+“saved”/i.test(asTwoByte(text)), /^verify\s+“saved”/i.test(text));
    }
  });
});
