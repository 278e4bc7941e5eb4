import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadBaseline } from '../../tools/reach/baseline';
import { CORPUS, runNpm } from '../acceptance/bdd-harness';

const BASELINE = loadBaseline(path.join(__dirname, 'baseline'));

interface Summary {
  cases: { key: string; path: string; outcome: string; line?: { markdown?: string }; message?: string }[];
  twins?: {
    verdicts: Record<string, number>;
    byCase: { key: string; twins: { id: string; verdict: string }[] }[];
  };
}

/**
 * The reach baseline (tests/reach/baseline/*.json, their union): every listed corpus case, generated unmodified,
 * passes against the sandbox, and no quote twin of it passes silently (the fast tier of `npm test`;
 * `npm run reach -- --baseline-only --require-proof` adds the negation and absence twins and needs every case proven
 * by one of its twins).
 */
describe('the reach baseline: listed corpus cases pass and their quote twins fail', {
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
      // The fast tier: the cases and their quote twins. Negation and absence twins, and --require-proof, are
      // `npm run reach -- --baseline-only --require-proof` (README "What runs today"): the whole proof does not
      // fit npm test's 20 minutes. One worker: cases change the shared test accounts (a password, every session
      // of the admin, notification levels), put back only after each scenario.
      [
        '--cases',
        CORPUS,
        '--baseline-only',
        '--twin-kinds',
        'quote',
        '--summary',
        path.join(work, 'summary.json'),
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

  it(`all ${BASELINE.entries.length} listed cases pass`, () => {
    assert.ok(BASELINE.entries.length >= 15, 'the baseline lists at least 15 cases');
    const failing = summary.cases
      .filter((c) => c.outcome !== 'passed')
      .map((c) => `${c.key} ${c.outcome} at ${c.line?.markdown ?? '?'}: ${c.message ?? ''}`);
    assert.deepEqual(failing, [], run.stdout.slice(-4000));
    assert.deepEqual(
      summary.cases.map((c) => c.path).sort(),
      BASELINE.entries.map((e) => e.path).sort(),
      'every listed case was found in the corpus and ran',
    );
  });

  it('no twin passes silently', () => {
    const silent = (summary.twins?.byCase ?? []).flatMap((c) =>
      c.twins.filter((t) => t.verdict === 'silent pass').map((t) => `${c.key} ${t.id}`),
    );
    assert.deepEqual(silent, [], run.stdout.slice(-4000));
    assert.equal(run.code, 0, run.stderr.slice(-2000));
  });
});
