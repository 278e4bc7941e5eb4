import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { caseMarkdown } from '../case/testing';
import { CaseSet } from './case-set';
import { findCaseFiles } from './discover';

describe('CaseSet.casesIn', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-case-set-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps every file with its own case when one of the batch cannot be read or is a duplicate', () => {
    fs.mkdirSync(path.join(root, 'a'));
    fs.writeFileSync(path.join(root, 'MM-T1.md'), caseMarkdown({ key: 'MM-T1', body: '**Step 1**\n\nOne' }));
    fs.writeFileSync(
      path.join(root, 'MM-T3.md'),
      caseMarkdown({ key: 'MM-T3', body: '**Step 1**\n\nThree' }),
    );
    fs.writeFileSync(
      path.join(root, 'a/MM-T3.md'),
      caseMarkdown({ key: 'MM-T3', body: '**Step 1**\n\nCopy' }),
    );
    const [first, third, duplicate] = findCaseFiles(root, root); // sorted: upper case first
    const gone = { path: path.join(root, 'MM-T2.md'), relPath: 'MM-T2.md', file: 'MM-T2.md' };
    const loaded = new CaseSet([first, third, duplicate]).casesIn([first, gone, third, duplicate]);
    assert.deepEqual(
      loaded.map(({ model }) => model?.key),
      ['MM-T1', undefined, 'MM-T3', undefined],
    );
    assert.match(loaded[1].problems[0].message, /cannot read the file \(ENOENT\)/);
    assert.equal(loaded[1].stamp, undefined);
    assert.match(loaded[3].problems[0].message, /duplicate key MM-T3: MM-T3.md has it too/);
    assert.ok(loaded[2].stamp && loaded[2].stamp.size > 0);
  });

  it('reads files of any size whole, each with only its own bytes, in any order', () => {
    const dir = path.join(root, 'sizes');
    fs.mkdirSync(dir);
    // Byte sizes around the shared read buffer's 64 KiB, in UTF-8 with two- and three-byte characters.
    const sizes = { 'MM-T10': 40_000, 'MM-T11': 70_000, 'MM-T12': 20, 'MM-T13': 65_536 };
    for (const [key, length] of Object.entries(sizes)) {
      const body = `**Step 1**\n\nStart ${'é—'.repeat(length / 5)} end of ${key}`;
      fs.writeFileSync(path.join(dir, `${key}.md`), caseMarkdown({ key, body }));
    }
    const files = findCaseFiles(dir, dir);
    const loaded = new CaseSet(files).casesIn(files);
    files.forEach((file, index) => {
      const { model, stamp } = loaded[index];
      const key = path.basename(file.path, '.md');
      const text = JSON.stringify(model);
      assert.match(text, new RegExp(`end of ${key}"`));
      assert.deepEqual(new Set(text.match(/end of MM-T\d+/g)), new Set([`end of ${key}`]));
      assert.equal(stamp?.size, fs.statSync(file.path).size);
    });
  });
});
