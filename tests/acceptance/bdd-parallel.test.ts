import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO, runNpm } from './bdd-harness';

const feature = (name: string) =>
  `Feature: ${name}\n\n  Scenario: ${name}\n    Then the worker notes its server in "${name}"\n`;

describe('npm run bdd -- --parallel 2 on the sandbox', { timeout: 300_000 }, () => {
  let work: string;
  let run: Awaited<ReturnType<typeof runNpm>>;
  const notes = () =>
    fs
      .readdirSync(path.join(work, 'notes'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(work, 'notes', f), 'utf8')));

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-parallel-'));
    fs.mkdirSync(path.join(work, 'features'));
    fs.mkdirSync(path.join(work, 'notes'));
    for (const name of ['first', 'second', 'third'])
      fs.writeFileSync(path.join(work, 'features', `${name}.feature`), feature(name));
    const steps = path.join(REPO, 'tests', 'fixtures', 'parallel-project', 'server-note.steps.ts');
    run = await runNpm('bdd', [path.join(work, 'features'), '--parallel', '2', '--require', steps], {
      BASE_URL: '',
      CASEBOOK_REPORTS_DIR: path.join(work, 'reports'),
      CASEBOOK_PARALLEL_NOTES: path.join(work, 'notes'),
    });
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('starts one sandbox per worker and gives each worker its own', () => {
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stderr, /2 sandboxes \(one per worker\) started at http:\/\/127\.0\.0\.1:\d+, http:/);
    const written = notes();
    assert.equal(written.length, 3, 'every scenario ran');
    for (const note of written) {
      const urls = note.workerUrls.split(',');
      assert.equal(urls.length, 2);
      assert.notEqual(urls[0], urls[1], 'two servers, not one twice');
      assert.equal(note.baseUrl, urls[Number(note.worker)], `worker ${note.worker} uses its own sandbox`);
    }
  });
});
