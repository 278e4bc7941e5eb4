import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderDocString, renderTable } from './render';
import { parseFeature } from './validate';

function parsedArgument(lines: string[]) {
  const text = ['Feature: f', '  Scenario: s', '    Given x', ...lines, ''].join('\n');
  return parseFeature(text).feature?.children[0].scenario?.steps[0];
}

describe('renderDocString', () => {
  it('uses """ unless the content holds it, then ```', () => {
    assert.equal(renderDocString('a')[0].trim(), '"""');
    assert.equal(renderDocString('a """ b')[0].trim(), '```');
  });

  it('round-trips content holding both delimiters, indentation, blank lines and a media type', () => {
    for (const content of ['x """ y ``` z', '  indented\n\n# hash\n@at\n| pipe |', '"""\n```']) {
      assert.equal(parsedArgument(renderDocString(content))?.docString?.content, content);
    }
    assert.equal(parsedArgument(renderDocString('{}', 'json'))?.docString?.mediaType, 'json');
  });
});

describe('renderTable', () => {
  it('escapes | and \\, pads short rows and aligns columns', () => {
    const rows = [['a|b', 'c\\d', 'e\\n'], ['only one']];
    assert.deepEqual(renderTable(rows), [
      '      | a\\|b     | c\\\\d | e\\\\n |',
      '      | only one |      |      |',
    ]);
    const parsed = parsedArgument(renderTable(rows))?.dataTable?.rows.map((row) =>
      row.cells.map((cell) => cell.value),
    );
    assert.deepEqual(parsed, [
      ['a|b', 'c\\d', 'e\\n'],
      ['only one', '', ''],
    ]);
  });
});
