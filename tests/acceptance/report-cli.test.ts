// `npm run report` (tools/report/cli.ts) on results from shards and from interrupted runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { TS_LOADER_ARGS } from '../../tools/ts-cache/loader';
import { fixtureDir, repoRoot, runFixture, tempDir } from './report-fixture';

const work = tempDir('report-cli');
after(() => fs.rmSync(work, { recursive: true, force: true }));

function report(resultsDir: string, outDir = path.join(work, 'html')) {
  const result = spawnSync(
    process.execPath,
    [
      ...TS_LOADER_ARGS,
      'tools/report/cli.ts',
      '--results',
      resultsDir,
      '--out',
      outDir,
      '--cases-root',
      fixtureDir,
    ],
    // Killed rather than left hanging: a recursive mkdir under /proc used to spin forever.
    { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}

function truncate(file: string, fraction: number): void {
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.slice(0, Math.floor(text.length * fraction)));
}

describe('npm run report', () => {
  const full = path.join(work, 'full');
  runFixture(full, ['--retry', '1']);

  it('merges the results of shards into one report', () => {
    const results = path.join(work, 'sharded');
    runFixture(path.join(results, 'shard-1'), ['--retry', '1', '--shard', '1/2']);
    runFixture(path.join(results, 'shard-2'), ['--retry', '1', '--shard', '2/2']);
    const { status, stdout, outDir } = report(results);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /7 cases: 2 passed, 2 failed, 1 undefined, 1 pending, 1 skipped, 1 flaky/);
    assert.equal(fs.readdirSync(path.join(outDir, 'features')).length, 7);
  });

  it('reports what finished of a run whose messages were cut off, with a warning', () => {
    const results = path.join(work, 'interrupted');
    fs.cpSync(full, results, { recursive: true });
    fs.rmSync(path.join(results, 'cucumber.json'));
    truncate(path.join(results, 'messages.ndjson'), 0.6);
    const { status, stdout } = report(results);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /warning: .*messages\.ndjson: skipped 1 unreadable line\(s\).*incomplete/);
    assert.match(stdout, /warning: .*messages\.ndjson: the run did not finish/);
    assert.match(stdout, /casebook report — [1-6] cases?:/);
  });

  it('keeps the complete features of a cut-off Cucumber JSON when there are no messages', () => {
    const results = path.join(work, 'json-only');
    fs.mkdirSync(results);
    fs.copyFileSync(path.join(full, 'cucumber.json'), path.join(results, 'cucumber.json'));
    truncate(path.join(results, 'cucumber.json'), 0.5);
    const { status, stdout } = report(results);
    assert.equal(status, 0, stdout);
    assert.match(
      stdout,
      /warning: .*cucumber\.json: incomplete JSON \(interrupted run\?\); kept the [1-6] complete/,
    );
  });

  it('explains what is missing, and leaves the previous report in place', () => {
    const { outDir } = report(full);
    const empty = path.join(work, 'empty');
    fs.mkdirSync(empty);
    const { status, stderr } = report(empty, outDir);
    assert.equal(status, 1);
    assert.match(stderr, /No Cucumber results in .*empty .*run `npm run bdd` first/);
    assert.ok(fs.existsSync(path.join(outDir, 'index.html')));
  });

  it('says which report folder cannot be made, instead of hanging on it', {
    skip: process.platform !== 'linux',
  }, () => {
    const { status, stderr } = report(full, '/proc/casebook-report/html');
    assert.equal(status, 1);
    assert.match(
      stderr,
      /cannot make the report folder \/proc\/casebook-report\/html: \/proc\/casebook-report cannot be created \(ENOENT.*\(pass --out DIR\)/,
    );
  });

  it('refuses an output folder that would replace the results', () => {
    const { status, stderr } = report(full, full);
    assert.equal(status, 1);
    assert.match(stderr, /would replace/);
    assert.ok(fs.existsSync(path.join(full, 'messages.ndjson')));
  });
});
