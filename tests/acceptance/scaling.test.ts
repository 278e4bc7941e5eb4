import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserServer, chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../tools/bdd/browser-path';
import { benchFeature } from '../../tools/bench/browser-actions';
import { BENCH_STEPS } from '../../tools/bench/measure';
import { closedPort, runNpm, scenarioResults } from './bdd-harness';

/** A path no browser can be launched from: a run that passes with it used a browser elsewhere. */
const NO_LOCAL_BROWSER = '/nonexistent/chromium';

describe('scaling: shards and remote browsers through npm run bdd', { timeout: 300_000 }, () => {
  let work: string;
  let features: string;
  const dir = (name: string) => path.join(work, name);

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-scaling-'));
    features = dir('features');
    fs.mkdirSync(features);
    fs.writeFileSync(path.join(features, 'bench.feature'), benchFeature(4));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('runs every scenario exactly once over two shards and merges them into one report', async () => {
    const reports = dir('reports-shards');
    for (const shard of ['1/2', '2/2']) {
      const run = await runNpm('bdd', [features, '--require', BENCH_STEPS, '--shard', shard], {
        CASEBOOK_REPORTS_DIR: reports,
        BASE_URL: '',
      });
      assert.equal(run.code, 0, run.stdout + run.stderr);
    }
    const [first, second] = ['shard-1-of-2', 'shard-2-of-2'].map((shard) =>
      scenarioResults(path.join(reports, shard)).map((scenario) => scenario.name),
    );
    assert.ok(first.length > 0 && second.length > 0, `both shards ran scenarios: ${first} | ${second}`);
    assert.deepEqual([...first, ...second].sort(), ['bench 1', 'bench 2', 'bench 3', 'bench 4']);
    const report = await runNpm('report', ['--results', reports, '--out', dir('html')]);
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /4 cases: 4 passed, 0 failed/);
  });

  describe('with PW_WS_ENDPOINT', () => {
    let server: BrowserServer;

    before(async () => {
      const executablePath = findBrowser();
      if (!executablePath) throw new Error('no chromium found: install chromium or set BROWSER_PATH');
      server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, host: '127.0.0.1' });
    });
    after(() => server?.close());

    it('drives the remote browser and launches none (the local browser path is unusable)', async () => {
      const reports = dir('reports-remote');
      const run = await runNpm('bdd', [features, '--require', BENCH_STEPS, '--name', 'bench 1$'], {
        CASEBOOK_REPORTS_DIR: reports,
        BASE_URL: '',
        PW_WS_ENDPOINT: server.wsEndpoint(),
        BROWSER_PATH: NO_LOCAL_BROWSER,
      });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stderr, /using the browser server PW_WS_ENDPOINT=ws:\/\/127\.0\.0\.1:/);
      const results = scenarioResults(reports);
      assert.deepEqual(
        results.map((scenario) => [scenario.name, scenario.status]),
        [['bench 1', 'passed']],
      );
      const meta = JSON.parse(fs.readFileSync(path.join(reports, 'run-meta.json'), 'utf8'));
      assert.equal(meta.browserPath, undefined, 'the launcher looked for no local browser');
    });
  });

  it('names PW_WS_ENDPOINT when nothing answers there', async () => {
    const endpoint = `ws://127.0.0.1:${await closedPort()}/nobody`;
    const reports = dir('reports-no-server');
    const run = await runNpm('bdd', [features, '--require', BENCH_STEPS, '--name', 'bench 1$'], {
      CASEBOOK_REPORTS_DIR: reports,
      BASE_URL: '',
      PW_WS_ENDPOINT: endpoint,
    });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const [scenario] = scenarioResults(reports);
    const failed = scenario.steps.find((step) => step.status === 'failed');
    assert.match(
      failed?.error ?? '',
      new RegExp(`cannot connect to the browser server PW_WS_ENDPOINT=${endpoint}`),
    );
  });
});
