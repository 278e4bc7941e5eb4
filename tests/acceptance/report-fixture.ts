// Runs the report fixture project (tests/fixtures/report-project) with the real cucumber-js binary, the
// way `npm run bdd` runs the real suite: retry 1 and the json, message and junit formatters.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const fixtureDir = path.join(repoRoot, 'tests/fixtures/report-project');

export const RUN_META = {
  baseUrl: 'http://127.0.0.1:8065',
  target: 'sandbox',
  browserName: 'chromium',
  browserVersion: '156.0.8078.108',
  browserPath: '/usr/lib/chromium/chromium',
  serverVersion: '10.5.0-sandbox',
  startedAt: '2026-11-29T13:02:10.000Z',
  finishedAt: '2026-11-29T13:02:40.500Z',
  durationMs: 30_500,
  gitCommit: '56d2bad1234567890abcdef',
  platform: 'linux x64',
  node: 'v20.20.2',
  cucumberArgs: ['--retry', '1'],
};

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `casebook-${prefix}-`));
}

/** Writes cucumber.json, messages.ndjson and junit.xml into `resultsDir`; returns cucumber's exit code. */
export function runFixture(resultsDir: string, extraArgs: string[] = []): number {
  fs.mkdirSync(resultsDir, { recursive: true });
  const stateDir = tempDir('fixture-state');
  try {
    const result = spawnSync(
      path.join(repoRoot, 'node_modules/.bin/cucumber-js'),
      [
        '--format',
        `json:${path.join(resultsDir, 'cucumber.json')}`,
        '--format',
        `message:${path.join(resultsDir, 'messages.ndjson')}`,
        '--format',
        `junit:${path.join(resultsDir, 'junit.xml')}`,
        ...extraArgs,
      ],
      { cwd: fixtureDir, env: { ...process.env, REPORT_FIXTURE_STATE_DIR: stateDir }, encoding: 'utf8' },
    );
    if (result.error) throw result.error;
    if (!fs.existsSync(path.join(resultsDir, 'messages.ndjson'))) {
      throw new Error(`the fixture run wrote no results:\n${result.stdout}\n${result.stderr}`);
    }
    return result.status ?? -1;
  } finally {
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
}
