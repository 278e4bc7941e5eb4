import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { caseFile, processesMarked, type Started, startNpm, waitFor } from './bdd-harness';

/** A case of the author's own, in a folder outside the project, as a QA engineer writes it. */
function watchedCase(channel: string): string {
  return caseFile(
    'MM-T90101',
    [
      '1. Login as admin user',
      '2. Go to Off-Topic',
      '',
      '**Expected**',
      '',
      `The ${channel} channel is displayed`,
    ].join('\n'),
  );
}

const count = (text: string, line: RegExp) => (text.match(line) ?? []).length;

describe('npm run bdd -- --watch (the real CLI)', { timeout: 300_000 }, () => {
  let work: string;
  let file: string;
  let started: Started;
  const marker = randomUUID();
  const verdicts = () => [...started.stderr().matchAll(/bdd --watch: (passed|FAILED): /g)].map((m) => m[1]);
  const reports = () => count(started.stderr(), /bdd --watch: report updated /g);

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bdd-watch-'));
    file = path.join(work, 'cases', 'area', 'MM-T90101.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, watchedCase('Off-Topic'));
  });
  after(() => {
    started?.kill();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('runs the case, re-runs it after each save with the new text, and leaves nothing running on Ctrl-C', async () => {
    const reportsDir = path.join(work, 'reports');
    started = startNpm('bdd', ['--watch', file], {
      CASEBOOK_REPORTS_DIR: reportsDir,
      BASE_URL: '',
      CASEBOOK_TEST_RUN: marker,
      INIT_CWD: work,
    });
    await waitFor(() => reports() === 1, 'the first run and its report', 180_000);
    assert.deepEqual(verdicts(), ['passed'], started.stderr());
    assert.ok(fs.existsSync(path.join(reportsDir, 'html', 'index.html')), 'the HTML report is written');

    // A falsified expectation: the same scenario must now fail, in the same session (browser kept between runs).
    fs.writeFileSync(file, watchedCase('Off-Topix'));
    await waitFor(() => reports() === 2, 'the run after the first edit', 120_000);
    assert.deepEqual(verdicts(), ['passed', 'FAILED'], started.stderr());

    fs.writeFileSync(file, watchedCase('Off-Topic'));
    await waitFor(() => reports() === 3, 'the run after the second edit', 120_000);
    assert.deepEqual(verdicts(), ['passed', 'FAILED', 'passed'], started.stderr());

    process.kill(-started.pid, 'SIGINT');
    const done = await started.done;
    assert.notEqual(done.code, 0, 'Ctrl-C ends the session with a non-zero code');
    await waitFor(() => processesMarked(marker).length === 0, 'the sandbox and the browser to stop', 15_000);
  });
});
