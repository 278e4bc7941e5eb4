// `npm run bdd` interrupted, refused or run twice at once (issue 20): the results folder always ends whole, the
// report shows what finished, and nothing is left running.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { closedPort, processesMarked, runNpm, startNpm, waitFor } from './bdd-harness';

const SLOW_FEATURE = `Feature: Interruptible run

  Scenario: A quick scenario
    When wait 1 second

  Scenario: A slow scenario
    When wait 20 seconds
    And wait 20 seconds
    And wait 20 seconds
`;

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** True once the run's messages (staged, or written in place as before issue 20) say a scenario finished. */
function quickScenarioFinished(reportsDir: string): boolean {
  if (!fs.existsSync(reportsDir)) return false;
  const staging = fs.readdirSync(reportsDir).find((name) => name.startsWith('.casebook-run-'));
  const messages = path.join(reportsDir, staging ?? '', 'messages.ndjson');
  return fs.existsSync(messages) && fs.readFileSync(messages, 'utf8').includes('testCaseFinished');
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

describe('npm run bdd interrupted, refused or run twice', { timeout: 600_000 }, () => {
  let work: string;
  let features: string;
  const dir = (name: string) => path.join(work, name);

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bdd-int-'));
    features = dir('features');
    fs.mkdirSync(features);
    fs.writeFileSync(path.join(features, 'slow.feature'), SLOW_FEATURE);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  /** Starts the slow run and waits until its first scenario finished. */
  async function startSlowRun(reportsDir: string, marker: string) {
    const started = startNpm('bdd', [features], {
      CASEBOOK_REPORTS_DIR: reportsDir,
      BASE_URL: '',
      CASEBOOK_TEST_RUN: marker,
    });
    await waitFor(() => quickScenarioFinished(reportsDir), 'the first scenario to finish', 180_000);
    return started;
  }

  it('on Ctrl-C sent to npm alone: stops cucumber, publishes what finished with the report, exits 130', async () => {
    const reportsDir = dir('reports-sigint');
    const marker = randomUUID();
    const started = await startSlowRun(reportsDir, marker);
    try {
      const sentAt = Date.now();
      process.kill(started.pid, 'SIGINT');
      const run = await started.done;
      assert.ok(Date.now() - sentAt < 30_000, 'the run waited for the slow scenario');
      assert.ok(run.code === 130 || run.signal === 'SIGINT', `exit ${run.code} ${run.signal}`);
      assert.match(run.stderr, /interrupted by SIGINT: the results and the report hold what finished/);
      const meta = readJson(path.join(reportsDir, 'run-meta.json'));
      assert.deepEqual([meta.exitCode, meta.interruptedBy], [130, 'SIGINT']);
      const messages = fs.readFileSync(path.join(reportsDir, 'messages.ndjson'), 'utf8');
      assert.match(messages, /testCaseFinished/);
      assert.ok(fs.existsSync(path.join(reportsDir, 'html', 'index.html')));
      assert.match(run.stdout, /casebook report — 2 cases: 1 passed/);
      assert.deepEqual(
        fs.readdirSync(reportsDir).filter((name) => name.startsWith('.')),
        [],
        'no staging folder or lock left',
      );
      assert.deepEqual(processesMarked(marker), []);
    } finally {
      started.kill();
    }
  });

  it('quits at once on a second Ctrl-C, leaving nothing running', async () => {
    const reportsDir = dir('reports-twice');
    const marker = randomUUID();
    const started = await startSlowRun(reportsDir, marker);
    try {
      process.kill(-started.pid, 'SIGINT');
      // The second Ctrl-C must land while the first one's wind-down (results, report) is under way.
      await waitFor(
        () => /stopping the scenarios/.test(started.stderr()),
        'the first Ctrl-C to be taken',
        10_000,
      );
      const sentAt = Date.now();
      try {
        process.kill(-started.pid, 'SIGINT');
      } catch (error) {
        // ESRCH: the wind-down already ended, which is also "nothing left running".
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
      await started.done;
      assert.ok(Date.now() - sentAt < 5_000, `took ${Date.now() - sentAt} ms`);
      await waitFor(() => processesMarked(marker).length === 0, 'every process to end', 5_000);
    } finally {
      started.kill();
    }
  });

  it('reports a hang-up (SIGHUP) as an interrupted run, not as failed scenarios', async () => {
    const reportsDir = dir('reports-sighup');
    const marker = randomUUID();
    const started = await startSlowRun(reportsDir, marker);
    try {
      // A closed terminal signals its whole foreground group: npm dies of it, the launcher below winds down.
      process.kill(-started.pid, 'SIGHUP');
      await started.done;
      await waitFor(() => processesMarked(marker).length === 0, 'the launcher to finish', 60_000);
      const meta = readJson(path.join(reportsDir, 'run-meta.json'));
      assert.deepEqual([meta.exitCode, meta.interruptedBy], [129, 'SIGHUP']);
      const messages = fs.readFileSync(path.join(reportsDir, 'messages.ndjson'), 'utf8');
      assert.doesNotMatch(messages, /"status":"FAILED"/);
    } finally {
      started.kill();
    }
  });

  it('ends cucumber when the launcher is killed with SIGKILL', async () => {
    const reportsDir = dir('reports-kill9');
    const marker = randomUUID();
    const started = await startSlowRun(reportsDir, marker);
    try {
      const launcher = processesMarked(marker).find((pid) => commandOf(pid).includes('tools/bdd/cli.ts'));
      assert.ok(launcher, 'the launcher runs');
      const cucumber = processesMarked(marker).find((pid) => /cucumber/.test(commandOf(pid)));
      assert.ok(cucumber, 'cucumber runs');
      const cucumberEnv = fs.readFileSync(`/proc/${cucumber}/environ`, 'utf8');
      const runFolder = /CASEBOOK_RUN_DIR=([^\0]+)/.exec(cucumberEnv)?.[1];
      assert.ok(runFolder && fs.existsSync(runFolder), 'the run folder exists');
      process.kill(launcher, 'SIGKILL');
      const cucumberLeft = () => processesMarked(marker).filter((pid) => /cucumber/.test(commandOf(pid)));
      await waitFor(() => cucumberLeft().length === 0, 'cucumber to end with its launcher', 10_000);
      assert.equal(fs.existsSync(runFolder), false, 'the run folder (seed credentials) is removed');
      assert.equal(fs.existsSync(path.join(reportsDir, 'messages.ndjson')), false, 'nothing published');
    } finally {
      started.kill();
    }
  });

  it('keeps the previous results whole when the target is unreachable', async () => {
    const reportsDir = dir('reports-refused');
    fs.mkdirSync(reportsDir);
    const previous = {
      'cucumber.json': '[]',
      'messages.ndjson': '{"meta":{}}\n',
      'junit.xml': '<testsuite/>',
    };
    for (const [name, text] of Object.entries(previous)) fs.writeFileSync(path.join(reportsDir, name), text);
    const run = await runNpm('bdd', [features], {
      CASEBOOK_REPORTS_DIR: reportsDir,
      BASE_URL: `http://127.0.0.1:${await closedPort()}`,
    });
    assert.equal(run.code, 2);
    for (const [name, text] of Object.entries(previous)) {
      assert.equal(fs.readFileSync(path.join(reportsDir, name), 'utf8'), text, name);
    }
    assert.deepEqual(fs.readdirSync(reportsDir).sort(), Object.keys(previous).sort());
  });

  it('refuses a second run in the same results folder, naming the first one', async () => {
    const reportsDir = dir('reports-locked');
    fs.mkdirSync(reportsDir);
    fs.writeFileSync(path.join(reportsDir, '.casebook-bdd.lock'), `${process.pid}\n`);
    const refused = await runNpm('bdd', ['--dry-run', features], { CASEBOOK_REPORTS_DIR: reportsDir });
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      new RegExp(`another npm run bdd \\(PID ${process.pid}\\) is writing its results to .*reports-locked`),
    );
    assert.equal(fs.existsSync(path.join(reportsDir, 'messages.ndjson')), false);
    // A lock left by a run that no longer exists is taken over.
    fs.writeFileSync(path.join(reportsDir, '.casebook-bdd.lock'), '2147483646\n');
    const taken = await runNpm('bdd', ['--dry-run', features], { CASEBOOK_REPORTS_DIR: reportsDir });
    assert.equal(taken.code, 0, taken.stderr);
    assert.ok(fs.existsSync(path.join(reportsDir, 'messages.ndjson')));
    assert.equal(fs.existsSync(path.join(reportsDir, '.casebook-bdd.lock')), false);
  });
});
