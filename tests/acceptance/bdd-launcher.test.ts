import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEBIAN_CHROMIUM, findBrowser } from '../../tools/bdd/browser-path';
import {
  caseFile,
  closedPort,
  processesMarked,
  REPO,
  runNpm,
  scenarioResults,
  startNpm,
  waitFor,
} from './bdd-harness';

describe('npm run bdd (the real launcher)', { timeout: 300_000 }, () => {
  let work: string;
  const dir = (name: string) => path.join(work, name);

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bdd-'));
    const generated = await runNpm('generate', [
      '--cases',
      path.join(REPO, 'cases'),
      '--out',
      dir('seed-features'),
    ]);
    assert.equal(generated.code, 0, generated.stderr);
    fs.mkdirSync(dir('cases/runner'), { recursive: true });
    fs.writeFileSync(dir('cases/runner/MM-T90001.md'), caseFile('MM-T90001', '1. Click "No Such Button"'));
    fs.writeFileSync(
      dir('cases/runner/MM-T90002.md'),
      caseFile('MM-T90002', '1. Frobnicate the widget thoroughly'),
    );
    const own = await runNpm('generate', ['--cases', dir('cases'), '--out', dir('features')]);
    assert.equal(own.code, 0, own.stderr);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('runs MM-T418 from cases/ green against the sandbox and writes results and run metadata', async () => {
    const reports = dir('reports-418');
    const run = await runNpm('bdd', [dir('seed-features')], { CASEBOOK_REPORTS_DIR: reports, BASE_URL: '' });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const [scenario] = scenarioResults(reports);
    assert.equal(scenario.status, 'passed');
    assert.ok(scenario.tags.includes('@MM-T418'));
    for (const file of ['cucumber.json', 'messages.ndjson', 'junit.xml', 'run-meta.json']) {
      assert.ok(fs.existsSync(path.join(reports, file)), file);
    }
    const meta = JSON.parse(fs.readFileSync(path.join(reports, 'run-meta.json'), 'utf8'));
    assert.equal(meta.target, 'sandbox');
    assert.match(meta.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(meta.browserVersion, /^\d+\.\d+\.\d+\.\d+$/);
    assert.ok(meta.serverVersion);
    assert.deepEqual(meta.cucumberArgs, [dir('seed-features')]);
    assert.equal(
      meta.browserPath,
      findBrowser(),
      'the browser findBrowser() picks (the headless shell if installed)',
    );
  });

  it('runs MM-T418 green in the full chromium too (BROWSER_PATH), as headed runs and machines without the shell do', async () => {
    const reports = dir('reports-418-chromium');
    const [chromium] = DEBIAN_CHROMIUM;
    const env = { CASEBOOK_REPORTS_DIR: reports, BASE_URL: '', BROWSER_PATH: chromium };
    const run = await runNpm('bdd', [dir('seed-features')], env);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(scenarioResults(reports)[0].status, 'passed');
    assert.equal(
      JSON.parse(fs.readFileSync(path.join(reports, 'run-meta.json'), 'utf8')).browserPath,
      chromium,
    );
  });

  it('attaches a screenshot, a trace (recorded on the retry) and the markdown line to a failing scenario', async () => {
    const reports = dir('reports-fail');
    const feature = path.join(dir('features'), 'runner/MM-T90001.feature');
    const run = await runNpm('bdd', [feature, '--retry', '1'], {
      CASEBOOK_REPORTS_DIR: reports,
      BASE_URL: '',
    });
    assert.equal(run.code, 1);
    // Both attempts failed with a screenshot; only the retry recorded a trace (TRACE=on-first-retry, the default).
    const mediaTypes = attachmentTypes(path.join(reports, 'messages.ndjson'));
    assert.equal(mediaTypes.filter((type) => type === 'image/png').length, 2);
    assert.equal(mediaTypes.filter((type) => type === 'application/zip').length, 1);
    const [scenario] = scenarioResults(reports);
    const failed = scenario.steps.find((step) => step.status === 'failed');
    assert.match(
      failed?.error ?? '',
      /No visible element matching "No Such Button" on the page\. Nearest candidates:/,
    );
    assert.match(failed?.error ?? '', /\(from .*runner\/MM-T90001\.md:16\)/);
    const attachments = scenario.steps.flatMap((step) => step.attachments);
    for (const type of ['image/png', 'application/zip', 'text/plain'])
      assert.ok(attachments.includes(type), type);
  });

  it('lists undefined steps in a dry run, without starting a server or a browser', async () => {
    const marker = randomUUID();
    const started = startNpm('bdd', ['--dry-run', dir('features')], {
      CASEBOOK_REPORTS_DIR: dir('reports-dry'),
      BASE_URL: '',
      CASEBOOK_TEST_RUN: marker,
    });
    let browserSeen = false;
    const watch = setInterval(() => {
      browserSeen ||= processesMarked(marker).some((pid) => /chrom/.test(commandOf(pid)));
    }, 100);
    try {
      const run = await started.done;
      assert.match(
        run.stdout,
        /Frobnicate the widget thoroughly[\s\S]*Undefined\. Implement with the following snippet/,
      );
      assert.doesNotMatch(run.stderr, /sandbox started/);
      assert.equal(browserSeen, false, 'a dry run starts no browser');
      const meta = JSON.parse(fs.readFileSync(dir('reports-dry/run-meta.json'), 'utf8'));
      assert.equal(meta.target, 'none');
    } finally {
      clearInterval(watch);
      started.kill();
    }
  });

  it('names TRACE when its value is wrong, before starting anything', async () => {
    const run = await runNpm('bdd', [dir('seed-features')], {
      CASEBOOK_REPORTS_DIR: dir('reports-bad-trace'),
      BASE_URL: '',
      TRACE: 'sometimes',
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /TRACE=sometimes is not one of on-first-retry, retain-on-failure, off/);
    assert.ok(!fs.existsSync(path.join(dir('reports-bad-trace'), 'cucumber.json')));
  });

  it('names CASEBOOK_REPORTS_DIR when its folder cannot be made, before starting anything', {
    skip: process.platform !== 'linux',
  }, async () => {
    // Under /proc Node's recursive mkdir used to spin forever.
    const run = await runNpm('bdd', [dir('seed-features')], {
      CASEBOOK_REPORTS_DIR: '/proc/casebook-reports',
      BASE_URL: '',
    });
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /cannot make the results folder \/proc\/casebook-reports: .* cannot be created \(ENOENT.*\(set CASEBOOK_REPORTS_DIR/,
    );
    assert.doesNotMatch(run.stderr, /sandbox|browser/i, 'nothing was started');
  });

  it('names BASE_URL when that server does not answer', async () => {
    const port = await closedPort();
    const previousReport = path.join(dir('reports-unreachable'), 'html', 'index.html');
    fs.mkdirSync(path.dirname(previousReport), { recursive: true });
    fs.writeFileSync(previousReport, 'the report of an earlier run');
    const run = await runNpm('bdd', [dir('seed-features')], {
      CASEBOOK_REPORTS_DIR: dir('reports-unreachable'),
      BASE_URL: `http://127.0.0.1:${port}`,
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`BASE_URL=http://127.0.0.1:${port} is not reachable`));
    assert.doesNotMatch(run.stderr, /BeforeAll hook errored/, 'cucumber is stopped before its hook fails');
    assert.equal(fs.readFileSync(previousReport, 'utf8'), 'the report of an earlier run');
  });

  it('leaves no browser, worker or server behind after Ctrl-C', async () => {
    const marker = randomUUID();
    const started = startNpm('bdd', [dir('seed-features')], {
      CASEBOOK_REPORTS_DIR: dir('reports-interrupted'),
      BASE_URL: '',
      CASEBOOK_TEST_RUN: marker,
    });
    try {
      const browserUp = () => processesMarked(marker).some((pid) => /chrom/.test(commandOf(pid)));
      await waitFor(browserUp, 'the browser to start', 60_000);
      process.kill(-started.pid, 'SIGINT');
      const run = await started.done;
      // npm itself dies of the SIGINT (as in a terminal); the launcher below it exits 130 once it cleaned up.
      assert.ok(run.code === 130 || run.signal === 'SIGINT', `exit ${run.code} ${run.signal}`);
      assert.deepEqual(processesMarked(marker), []);
    } finally {
      started.kill();
    }
  });
});

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** The media type of every attachment in a messages.ndjson, all attempts included. */
function attachmentTypes(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"attachment"'))
    .map((line) => JSON.parse(line).attachment?.mediaType)
    .filter(Boolean);
}
