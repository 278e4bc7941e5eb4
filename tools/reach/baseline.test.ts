import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { appendToBaseline, checkBaseline, loadBaseline, sampleBaseline } from './baseline';
import type { CaseRecord } from './summary';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reach-baseline-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, cases: unknown[]) =>
  fs.writeFileSync(path.join(dir, name), JSON.stringify({ description: 'x', cases }));
const record = (p: string, outcome: CaseRecord['outcome']): CaseRecord => ({
  key: path.basename(p, '.md'),
  path: p,
  outcome,
  webCore: true,
});

describe('baseline', () => {
  it('is the union of every list in the folder', () => {
    write('core.json', [{ path: 'a/MM-T1.md', area: 'a', exercises: 'x' }]);
    write('posts.json', [
      { path: 'a/MM-T2.md', area: 'a', exercises: 'y', kept: 'holds without actions' },
      { path: 'a/MM-T1.md', area: 'a', exercises: 'twice' },
    ]);
    const baseline = loadBaseline(dir);
    assert.deepEqual(
      baseline.entries.map((e) => e.path),
      ['a/MM-T1.md', 'a/MM-T2.md'],
    );
    assert.equal(baseline.fileOf.get('a/MM-T2.md'), path.join(dir, 'posts.json'));
  });

  it('samples n cases of each file, evenly spread, the same every time', () => {
    const cases = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ path: `${prefix}/MM-T${i}.md`, area: prefix, exercises: 'x' }));
    write('big.json', cases('big', 6));
    write('small.json', cases('small', 1));
    const baseline = loadBaseline(dir);
    const sample = [...sampleBaseline(baseline, 3)];
    assert.deepEqual(sample, ['big/MM-T0.md', 'big/MM-T2.md', 'big/MM-T4.md', 'small/MM-T0.md']);
    assert.deepEqual([...sampleBaseline(baseline, 3)], sample);
    assert.equal(sampleBaseline(baseline, 10).size, 7, 'a file shorter than n runs whole');
  });

  it('names the file of a malformed list', () => {
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "cases": [ { "area": "x" } ] }');
    assert.throws(() => loadBaseline(dir), /bad\.json: cases\[0\] needs a "path"/);
  });

  it('finds regressions, missing cases (only among those the run covered) and new passes', () => {
    write('core.json', [
      { path: 'a/MM-T1.md', area: 'a', exercises: 'x' },
      { path: 'a/MM-T2.md', area: 'a', exercises: 'x' },
      { path: 'a/MM-T3.md', area: 'a', exercises: 'x' },
      { path: 'b/MM-T4.md', area: 'b', exercises: 'x' },
    ]);
    const check = checkBaseline(
      loadBaseline(dir),
      [record('a/MM-T1.md', 'passed'), record('a/MM-T2.md', 'undefined'), record('a/MM-T5.md', 'passed')],
      (p) => p.startsWith('a/'),
    );
    assert.deepEqual(
      check.regressions.map((r) => r.key),
      ['MM-T2'],
    );
    assert.deepEqual(
      check.missing.map((m) => m.path),
      ['a/MM-T3.md'],
    );
    assert.deepEqual(
      check.newPasses.map((r) => r.key),
      ['MM-T5'],
    );
  });

  it('appends new passes once to the given file', () => {
    const file = path.join(dir, 'new.json');
    appendToBaseline(file, [{ path: 'channels/messaging/MM-T9.md', name: 'Post' }]);
    appendToBaseline(file, [{ path: 'channels/messaging/MM-T9.md', name: 'Post' }]);
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(written.cases, [
      { path: 'channels/messaging/MM-T9.md', area: 'messaging', exercises: 'Post' },
    ]);
  });
});
