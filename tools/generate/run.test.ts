import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { caseMarkdown } from '../case/testing';
import { LARGEST_BATCH } from './claims';
import { MANIFEST_NAME } from './manifest';
import { generate } from './run';
import { STAGING_PREFIX } from './staging';

describe('generate (incremental)', () => {
  let root: string;
  let casesDir: string;
  let outDir: string;
  const run = () => generate({ casesDir, outDir, rootDir: root });
  const write = (relPath: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(casesDir, relPath)), { recursive: true });
    fs.writeFileSync(path.join(casesDir, relPath), text);
  };
  const featureOf = (relPath: string) => path.join(outDir, relPath.replace(/\.md$/, '.feature'));

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-run-'));
    casesDir = path.join(root, 'cases');
    outDir = path.join(root, 'features');
    write('a/MM-T1.md', caseMarkdown({ key: 'MM-T1', body: '**Step 1 from MM-T2: Callee**' }));
    write('b/MM-T3.md', caseMarkdown({ key: 'MM-T3', body: '**Step 1**\n\nPlain action' }));
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('trusts its cache for untouched files, and stops trusting it when the generator changes', () => {
    write('c/MM-T2.md', caseMarkdown({ key: 'MM-T2', body: '**Step 1**\n\nCallee action' }));
    run();
    const target = featureOf('b/MM-T3.md');
    const original = fs.readFileSync(target, 'utf8');
    const tampered = original.replace('Plain action', 'Plain ACTION');
    fs.writeFileSync(target, tampered);
    // Record the tampered file's stamp as if the cache had written it: the cache then trusts it.
    const manifestFile = path.join(outDir, MANIFEST_NAME);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const { mtimeMs, size } = fs.statSync(target);
    manifest.cases['b/MM-T3.md'].feature = { mtimeMs, size };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    assert.equal(run().written, 0);
    assert.equal(fs.readFileSync(target, 'utf8'), tampered);
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, identity: `older ${manifest.identity}` }));
    assert.equal(run().written, 1);
    assert.equal(fs.readFileSync(target, 'utf8'), original);
  });

  it('regenerates a caller when a called case that was missing appears', () => {
    const first = run();
    assert.deepEqual(
      first.errors.map((problem) => problem.message),
      ['called case MM-T2 is not among the input cases and the call has no copy of its steps'],
    );
    assert.equal(fs.existsSync(featureOf('a/MM-T1.md')), false);
    write('c/MM-T2.md', caseMarkdown({ key: 'MM-T2', body: '**Step 1**\n\nCallee action' }));
    const second = run();
    assert.deepEqual(second.errors, []);
    assert.match(fs.readFileSync(featureOf('a/MM-T1.md'), 'utf8'), /When Callee action/);
  });

  it('keeps the last good feature of a case that turns bad, and removes the feature of a deleted case', () => {
    write('c/MM-T2.md', caseMarkdown({ key: 'MM-T2', body: '**Step 1**\n\nCallee action' }));
    run();
    write('b/MM-T3.md', '---\nname: [broken\n---\n');
    const broken = run();
    assert.equal(broken.errors.length, 1);
    assert.ok(fs.existsSync(featureOf('b/MM-T3.md')));
    fs.rmSync(path.join(casesDir, 'b'), { recursive: true });
    fs.rmSync(path.join(outDir, MANIFEST_NAME));
    fs.writeFileSync(path.join(outDir, 'hand.feature'), 'Feature: mine\n');
    const removed = run();
    assert.equal(removed.removed, 1);
    assert.equal(fs.existsSync(path.join(outDir, 'b')), false);
    assert.ok(fs.existsSync(path.join(outDir, 'hand.feature')));
  });

  it('shows a new folder once all its features are written, and clears what an ended run staged', () => {
    // No process has this pid (above Linux's pid_max): a run that ended without publishing left it.
    const abandoned = path.join(outDir, `${STAGING_PREFIX}999999999`, 'b');
    fs.mkdirSync(abandoned, { recursive: true });
    fs.copyFileSync(path.join(casesDir, 'b/MM-T3.md'), path.join(abandoned, 'MM-T3.feature'));
    const shown: boolean[] = [];
    const report = generate({
      casesDir,
      outDir,
      rootDir: root,
      onProgress: () => shown.push(fs.existsSync(path.join(outDir, 'b'))),
    });
    assert.deepEqual([shown.slice(0, -1).includes(true), shown.at(-1)], [false, true]);
    assert.deepEqual([report.written, report.removed], [1, 0]);
    assert.deepEqual(fs.readdirSync(outDir).sort(), [MANIFEST_NAME, 'b']);
  });

  it('leaves a file that appeared in a new folder during the run, and says so for its case', () => {
    // A second batch of cases: the file appears between the two, once b/MM-T3.md's feature is staged.
    const extra = LARGEST_BATCH + 4;
    for (let index = 100; index < 100 + extra; index++) {
      write(`z/MM-T${index}.md`, caseMarkdown({ key: `MM-T${index}`, body: '**Step 1**\n\nAction' }));
    }
    const target = featureOf('b/MM-T3.md');
    const report = generate({
      casesDir,
      outDir,
      rootDir: root,
      threads: 1,
      onProgress: (done) => {
        if (done !== LARGEST_BATCH) return;
        fs.mkdirSync(path.dirname(target));
        fs.writeFileSync(target, 'Feature: mine\n');
      },
    });
    assert.equal(fs.readFileSync(target, 'utf8'), 'Feature: mine\n');
    const problem = report.errors.find((error) => error.file.endsWith('b/MM-T3.md'));
    assert.equal(
      problem?.message,
      `cannot write ${target}: the file appeared while casebook was generating it`,
    );
    assert.equal(report.written, extra);
  });

  it('counts cases, scenarios, steps and priorities the same on a cached rerun', () => {
    write('c/MM-T2.md', caseMarkdown({ key: 'MM-T2', body: '**Step 1**\n\nCallee action' }));
    const first = run();
    const again = run();
    for (const report of [first, again]) {
      assert.equal(report.cases, 3);
      assert.equal(report.scenarios, 3);
      assert.equal(report.steps, 3);
      assert.deepEqual(report.byPriority, { P2: 3 });
    }
    assert.equal(again.unchanged, 3);
  });

  it('writes the same features, report and errors on worker threads as on one thread', () => {
    // Enough cases for the worker pool; every case calls one that another thread may be the one to convert.
    for (let index = 10; index < 460; index++) {
      const call = index % 2 ? `**Step 1 from MM-T${index - 1}: Callee**\n\n` : '';
      const body = `${call}**Step 2**\n\nAction ${index}`;
      write(`many/${index % 7}/MM-T${index}.md`, caseMarkdown({ key: `MM-T${index}`, body }));
    }
    write('many/MM-T9.md', caseMarkdown({ key: 'MM-T8', body: '' }));
    const features = () => fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort();
    const texts = () => features().map((name) => (name.endsWith('.feature') ? readOut(name) : name));
    const readOut = (name: string) => fs.readFileSync(path.join(outDir, name), 'utf8');
    const single = generate({ casesDir, outDir, rootDir: root, threads: 1 });
    const singleTexts = texts();
    fs.rmSync(outDir, { recursive: true });
    const parallel = generate({ casesDir, outDir, rootDir: root, threads: 2 });
    assert.equal(parallel.written, 451);
    assert.deepEqual(texts(), singleTexts);
    assert.equal(parallel.threads, 2);
    assert.deepEqual({ ...parallel, durationMs: 0, threads: 1 }, { ...single, durationMs: 0 });
    assert.equal(parallel.errors.length, 2); // MM-T9.md's key, and MM-T1's missing callee MM-T2
  });
});
