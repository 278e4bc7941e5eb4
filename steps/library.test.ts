import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runNpm, scenarioResults } from '../tests/acceptance/bdd-harness';

// The step library in a real browser against the sandbox, through `npm run bdd`, on hand-written scenarios
// that use phrasings the corpus manifest does not (steps/testing/library.feature).
describe('step library scenarios', { timeout: 300_000 }, () => {
  let reports: string;
  before(() => {
    reports = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-library-'));
  });
  after(() => fs.rmSync(reports, { recursive: true, force: true }));

  it('pass step by step', async () => {
    const feature = path.join(__dirname, 'testing', 'library.feature');
    const run = await runNpm('bdd', [feature], { CASEBOOK_REPORTS_DIR: reports, BASE_URL: '' });
    const problems = scenarioResults(reports).flatMap((scenario) =>
      scenario.steps
        .filter((step) => step.status !== 'passed')
        .map((step) => `${scenario.name} / ${step.name}: ${step.status} ${step.error ?? ''}`),
    );
    assert.deepEqual(problems, [], run.stdout.slice(-3000));
    assert.equal(run.code, 0);
  });
});
