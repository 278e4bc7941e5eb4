import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BODY_FIRST_LINE, caseMarkdown } from '../case/testing';
import { REPO_ROOT } from '../corpus';

// The real command on a case written for the test: one line binds, one no step understands, one is vague.
const BODY = [
  '**Step 1**',
  '',
  '1. Login as **sysadmin**',
  '2. Frobnicate the widget thoroughly',
  '',
  '**Expected**',
  '',
  'Everything works as expected',
].join('\n');

function runCheck(args: string[]) {
  return spawnSync(
    process.execPath,
    ['--require', './tools/ts-cache/register.js', 'tools/check/cli.ts', ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: REPO_ROOT },
    },
  );
}

interface MatcherPattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  message: number;
}

describe('npm run check', { timeout: 300_000 }, () => {
  let work: string;
  let file: string;
  let output: ReturnType<typeof runCheck>;
  let pattern: MatcherPattern;
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-check-'));
    file = path.join(work, 'suite', 'MM-T1.md');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, caseMarkdown({ body: BODY }));
    fs.writeFileSync(
      path.join(work, 'suite', 'MM-T2.md'),
      caseMarkdown({ key: 'MM-T2', body: '**Step 1**\n\nLogin as "sysadmin"' }),
    );
    output = runCheck([work]);
    const tasks = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '.vscode', 'tasks.json'), 'utf8'));
    pattern = tasks.tasks[0].problemMatcher.pattern;
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('says per case whether it runs, each unbound line with its reason, and a summary line', () => {
    assert.equal(output.status, 0, output.stderr);
    const lines = output.stdout.trim().split('\n');
    const shown = path.relative(REPO_ROOT, file);
    assert.deepEqual(lines, [
      `${shown}: not runnable: 2 of 3 lines unbound`,
      `${shown}:${BODY_FIRST_LINE + 3}:4: warning: no step understands "Frobnicate the widget thoroughly"`,
      `${shown}:${BODY_FIRST_LINE + 7}:1: warning: vague: "Everything works as expected" names no element or text to check; quote what should be shown`,
      `${path.relative(REPO_ROOT, path.join(work, 'suite', 'MM-T2.md'))}: runnable (1 step)`,
      '2 cases: 1 runnable, 1 with unbound lines',
    ]);
  });

  it('--strict exits 1 when a line is unbound, 0 when every line binds', () => {
    assert.equal(runCheck(['--strict', file]).status, 1);
    assert.equal(runCheck(['--strict', path.join(work, 'suite', 'MM-T2.md')]).status, 0);
  });

  it("the VS Code problem matcher's regex reads every warning of the real output, and nothing else", () => {
    const regexp = new RegExp(pattern.regexp);
    const lines = output.stdout.trim().split('\n');
    const problems = lines.map((line) => regexp.exec(line)).filter((match) => match !== null);
    assert.equal(problems.length, 2);
    for (const match of problems) {
      assert.equal(path.resolve(REPO_ROOT, match[pattern.file]), file);
      assert.ok(Number(match[pattern.line]) > BODY_FIRST_LINE);
      assert.ok(Number(match[pattern.column]) >= 1);
      assert.equal(match[pattern.severity], 'warning');
    }
    assert.match(problems[0][pattern.message], /^no step understands "Frobnicate/);
  });

  it('names a path that does not exist', () => {
    const missing = runCheck([path.join(work, 'nope.md')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.md: no such file or folder/);
  });
});
