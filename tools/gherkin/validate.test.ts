import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeature, validateFeature } from './validate';

/** What the full @cucumber/gherkin parse (AST builder included) says of a feature: its error, or undefined. */
function fullParseError(text: string): string | undefined {
  try {
    parseFeature(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const feature = (...body: string[]) => ['Feature: f', '  Scenario: s', ...body, ''].join('\n');

describe('validateFeature', () => {
  const invalid: Record<string, string> = {
    'a DataTable row with fewer cells': feature('    Given x', '      | a | b |', '      | c |'),
    'a second DataTable whose rows disagree': feature(
      '    Given x',
      '      | a |',
      '    When y',
      '      | a | b |',
      '      | c |',
    ),
    'an Examples table whose rows disagree': [
      'Feature: f',
      '  Scenario Outline: s',
      '    Given <a>',
      '    Examples:',
      '      | a | b |',
      '      | 1 |',
      '',
    ].join('\n'),
    'a keyword line where a step belongs': feature('    Given x', '    Feature: again'),
    'an unterminated DocString': feature('    Given x', '      """', '      text'),
    'a tag with a space': ['@a b', 'Feature: f', '  Scenario: s', '    Given x', ''].join('\n'),
    'a scenario without a Feature line': ['Scenario: s', '  Given x', ''].join('\n'),
  };
  for (const [shape, text] of Object.entries(invalid)) {
    it(`rejects ${shape}, with the message of a full parse`, () => {
      const error = fullParseError(text);
      assert.ok(error, 'the full parse rejects it too');
      assert.equal(validateFeature(text, ['x', 'y', '<a>']), `generated Gherkin does not parse: ${error}`);
    });
  }

  it('accepts tables whose rows agree, each table counted on its own', () => {
    const text = feature('    Given x', '      | a | b |', '      | c | d |', '    When y', '      | a |');
    assert.equal(fullParseError(text), undefined);
    assert.equal(validateFeature(text, ['x', 'y']), undefined);
  });

  it('compares the steps, Background first, with the planned ones', () => {
    const text = ['Feature: f', '  Background:', '    Given b', '  Scenario: s', '    When x', ''].join('\n');
    assert.equal(validateFeature(text, ['b', 'x']), undefined);
    assert.equal(
      validateFeature(text, ['x', 'b']),
      'generated step at line 3 reads differently than planned',
    );
    assert.equal(validateFeature(text, ['b']), 'generated Gherkin has 2 steps where 1 were planned');
  });

  it('reads a step text as the full parse does (DocString and table lines are not steps)', () => {
    const text = feature(
      '    Given x "quoted" <p>',
      '      """',
      '      Given inside',
      '      """',
      '    Then y',
    );
    const parsed = parseFeature(text).feature?.children[0].scenario?.steps.map((step) => step.text);
    assert.deepEqual(parsed, ['x "quoted" <p>', 'y']);
    assert.equal(validateFeature(text, ['x "quoted" <p>', 'y']), undefined);
  });
});
