import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { caseMarkdown } from '../../case/testing';
import { WatchedCases } from './features';
import { RunQueue } from './watch';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-watch-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

describe('watch mode: the changed case alone', () => {
  it('converts a saved case into its feature, and again after an edit; a new case is found', () => {
    const root = path.join(work, 'cases');
    fs.mkdirSync(path.join(root, 'area'), { recursive: true });
    const file = path.join(root, 'area', 'MM-T1.md');
    fs.writeFileSync(file, caseMarkdown({ body: '**Step 1**\n\nClick "Save"' }));
    const cases = new WatchedCases(root, path.join(work, 'features'), work);
    const first = cases.convert(file);
    assert.equal(first.feature, path.join(work, 'features', 'area', 'MM-T1.feature'));
    assert.match(fs.readFileSync(first.feature as string, 'utf8'), /When Click "Save"/);
    fs.writeFileSync(file, caseMarkdown({ body: '**Step 1**\n\nClick "Cancel"' }));
    assert.match(fs.readFileSync(cases.convert(file).feature as string, 'utf8'), /When Click "Cancel"/);
    const added = path.join(root, 'area', 'MM-T2.md');
    fs.writeFileSync(added, caseMarkdown({ key: 'MM-T2', body: '**Step 1**\n\nClick "Send"' }));
    assert.ok(cases.convert(added).feature?.endsWith('MM-T2.feature'));
    assert.deepEqual(
      cases.filesUnder(path.join(root, 'area')).map((f) => f.relPath),
      ['area/MM-T1.md', 'area/MM-T2.md'],
    );
  });

  it('names the problem of a broken case and writes no feature', () => {
    const root = path.join(work, 'broken');
    fs.mkdirSync(root);
    const file = path.join(root, 'MM-T3.md');
    fs.writeFileSync(file, '# no front matter\n');
    const converted = new WatchedCases(root, path.join(work, 'broken-features'), work).convert(file);
    assert.equal(converted.feature, undefined);
    assert.match(converted.problems[0], /MM-T3\.md:1: no front matter/);
  });

  it('merges a burst of saves into one run, and runs changes made during a run after it', async () => {
    const runs: string[][] = [];
    let release: () => void = () => {};
    const queue = new RunQueue(async (files) => {
      runs.push(files);
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }, 5);
    queue.add(['b.md']);
    queue.add(['a.md', 'b.md']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    queue.add(['c.md']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(runs, [['a.md', 'b.md']]);
    release();
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(runs, [['a.md', 'b.md'], ['c.md']]);
  });
});
