// `npm run generate` on hostile inputs: each bad file or folder is one `file:line: reason` line, the rest is
// generated, and nothing blocks or reads without bound.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { caseMarkdown } from '../../tools/case/testing';

const REPO = path.resolve(__dirname, '../..');
const CLI = path.join(REPO, 'tools/generate/cli.ts');
const TSX = ['--import', pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href];

describe('npm run generate on bad inputs', () => {
  let work: string;
  let cases: string;
  let out: string;

  const generate = () => {
    // Killed after a while: a FIFO once blocked generate forever.
    const options = { cwd: work, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' } as const;
    const result = spawnSync(
      process.execPath,
      [...TSX, CLI, '--cases', 'cases', '--out', 'features'],
      options,
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
  };
  const write = (relPath: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(cases, relPath)), { recursive: true });
    fs.writeFileSync(path.join(cases, relPath), text);
  };
  const good = (key: string) => caseMarkdown({ key, body: '**Step 1**\n\n1. Click **Save**' });
  const generated = (relPath: string) => fs.existsSync(path.join(out, relPath));

  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-gen-rel-'));
    cases = path.join(work, 'cases');
    out = path.join(work, 'features');
    write('ok/MM-T1.md', good('MM-T1'));
  });

  afterEach(() => {
    for (const folder of [cases, out]) if (fs.existsSync(folder)) fs.chmodSync(folder, 0o755);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('reports an empty case file on one line and generates the others', () => {
    write('bad/MM-T2.md', '');
    const result = generate();
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr.trim(),
      'cases/bad/MM-T2.md:1: the file is empty: a case starts with a --- YAML block holding key and name',
    );
    assert.ok(generated('ok/MM-T1.feature'));
  });
});
