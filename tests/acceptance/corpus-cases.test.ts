import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { requireCorpus } from '../../tools/corpus';
import { CORPUS, runNpm, scenarioResults } from './bdd-harness';

const MANIFEST = path.join(__dirname, 'corpus-cases.json');
const { cases } = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as { cases: { path: string }[] };

describe('real corpus cases, generated unmodified and run against the sandbox', { timeout: 600_000 }, () => {
  let work: string;
  before(() => {
    requireCorpus();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-corpus-cases-'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it(`all ${cases.length} cases of corpus-cases.json pass`, async () => {
    assert.ok(cases.length >= 15, 'the manifest lists at least 15 cases');
    for (const { path: relPath } of cases) {
      const target = path.join(work, 'cases', relPath);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(CORPUS, relPath), target);
    }
    const generated = await runNpm('generate', [
      '--cases',
      path.join(work, 'cases'),
      '--out',
      path.join(work, 'features'),
    ]);
    assert.equal(generated.code, 0, generated.stderr);

    const reports = path.join(work, 'reports');
    const run = await runNpm('bdd', [path.join(work, 'features')], {
      CASEBOOK_REPORTS_DIR: reports,
      BASE_URL: '',
    });
    const results = scenarioResults(reports);
    const failing = results.filter((r) => r.status !== 'passed');
    const detail = failing.map(
      (r) => `${r.name}: ${r.steps.find((s) => s.status !== 'passed')?.error ?? r.status}`,
    );
    assert.deepEqual(detail, [], run.stdout.slice(-4000));
    assert.equal(results.length, cases.length, 'every case ran (none is tagged @manual or @no-steps)');
    const keys = cases.map((c) => `@${path.basename(c.path, '.md')}`).sort();
    assert.deepEqual(results.map((r) => r.tags.find((t) => /^@MM-T\d+$/.test(t))).sort(), keys);
    assert.equal(run.code, 0);
  });
});
