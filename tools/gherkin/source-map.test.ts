import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { type CaseModel, parseCase } from '../case';
import { caseMarkdown } from '../case/testing';
import { convertCase } from './feature';
import { sourceLocationOf } from './source-map';
import { parseFeature } from './validate';

const SEED = path.resolve(__dirname, '../../cases/suite/sign-in-authentication/MM-T418.md');

function model(source: string, file: string): CaseModel {
  const parsed = parseCase(source, { file, relPath: path.posix.basename(file) });
  assert.ok(parsed.ok);
  return parsed.model;
}

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('sourceLocationOf', () => {
  const seed = model(fs.readFileSync(SEED, 'utf8'), 'cases/suite/sign-in-authentication/MM-T418.md');
  const caller = model(
    caseMarkdown({
      key: 'MM-T2',
      body: '**Step 1**\n\nOpen it:\n\n```\ncode\n```\n\n---\n\n**Step 2 from MM-T418: Session**\n\n**Step 3**\n\n| a | b |\n| - | - |\n| 1 | 2 |',
    }),
    'cases/MM-T2.md',
  );
  const converted = convertCase(caller, (key) => (key === 'MM-T418' ? seed : undefined));
  const document = parseFeature(converted.featureText);

  it('maps a step line to its markdown line, and its DocString and table lines to the same line', () => {
    const at = lineOf(converted.featureText, 'When Open it:');
    assert.deepEqual(sourceLocationOf(document, at), { file: 'cases/MM-T2.md', line: 18 });
    assert.deepEqual(sourceLocationOf(document, at + 2), { file: 'cases/MM-T2.md', line: 18 });
    const table = lineOf(converted.featureText, '| 1 | 2 |');
    assert.deepEqual(sourceLocationOf(document, table), { file: 'cases/MM-T2.md', line: 30 });
  });

  it("maps steps expanded from a called case to the callee's file", () => {
    const at = lineOf(converted.featureText, 'Login to a server using a browser');
    assert.deepEqual(sourceLocationOf(document, at), {
      file: 'cases/suite/sign-in-authentication/MM-T418.md',
      line: 49,
    });
    const placed = lineOf(converted.featureText, 'login page shows a message');
    assert.deepEqual(sourceLocationOf(document, placed), {
      file: 'cases/suite/sign-in-authentication/MM-T418.md',
      line: 65,
    });
  });

  it('maps the Feature and Scenario lines to name:, and gives undefined elsewhere or without a map', () => {
    assert.deepEqual(sourceLocationOf(document, lineOf(converted.featureText, 'Feature:')), {
      file: 'cases/MM-T2.md',
      line: 2,
    });
    assert.deepEqual(sourceLocationOf(document, lineOf(converted.featureText, 'Scenario:')), {
      file: 'cases/MM-T2.md',
      line: 2,
    });
    assert.equal(sourceLocationOf(document, 1), undefined);
    const handWritten = parseFeature('Feature: f\n  Scenario: s\n    Given x\n');
    assert.equal(sourceLocationOf(handWritten, 3), undefined);
  });
});
