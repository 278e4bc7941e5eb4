import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadBaseline, sampleBaseline } from '../../tools/reach/baseline';
import { CORPUS, runNpm } from '../acceptance/bdd-harness';

const BASELINE = loadBaseline(path.join(__dirname, 'baseline'));
/** Cases of each baseline file this tier runs; CI's proof (`.ci/run`) runs every listed case with its twins. */
const PER_FILE = 2;
const SAMPLE = sampleBaseline(BASELINE, PER_FILE);

interface Summary {
  cases: { key: string; path: string; outcome: string; line?: { markdown?: string }; message?: string }[];
}

/**
 * The reach baseline (tests/reach/baseline/*.json, their union), npm test's fast tier: two cases of every baseline
 * file (every area), generated unmodified, pass against the sandbox. The whole list, each pass proven by its
 * quote, negation and absence twins failing, is `npm run reach -- --baseline-only --require-proof`, which
 * `.ci/run` runs after `npm test`: at ~3 s a case (and three twins each) the whole list no longer fits in npm
 * test's 20 minutes.
 */
describe('the reach baseline: a sample of every area passes', {
  timeout: 1_800_000,
}, () => {
  let work: string;
  let run: Awaited<ReturnType<typeof runNpm>>;
  let summary: Summary;

  before(async () => {
    assert.ok(fs.existsSync(CORPUS), `the corpus must be at ${CORPUS} (../shared beside the repository)`);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-reach-baseline-'));
    run = await runNpm(
      'reach',
      // One worker: cases change the shared test accounts (a password, every session of the admin, notification
      // levels), put back only after each scenario.
      [
        ...['--cases', CORPUS, '--baseline-only', '--baseline-sample', String(PER_FILE), '--no-twins'],
        ...['--summary', path.join(work, 'summary.json')],
      ],
      { BASE_URL: '' },
    );
    const file = path.join(work, 'summary.json');
    assert.ok(
      fs.existsSync(file),
      `npm run reach wrote no summary (exit ${run.code}):\n${run.stderr.slice(-3000)}`,
    );
    summary = JSON.parse(fs.readFileSync(file, 'utf8'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it(`the ${SAMPLE.size} sampled of ${BASELINE.entries.length} listed cases pass`, () => {
    assert.ok(BASELINE.entries.length >= 15, 'the baseline lists at least 15 cases');
    const failing = summary.cases
      .filter((c) => c.outcome !== 'passed')
      .map((c) => `${c.key} ${c.outcome} at ${c.line?.markdown ?? '?'}: ${c.message ?? ''}`);
    assert.deepEqual(failing, [], run.stdout.slice(-4000));
    assert.deepEqual(
      summary.cases.map((c) => c.path).sort(),
      [...SAMPLE].sort(),
      'every sampled case was found in the corpus and ran',
    );
  });

  it('npm run reach exits 0 (no regression)', () => {
    assert.equal(run.code, 0, run.stderr.slice(-2000));
  });
});
