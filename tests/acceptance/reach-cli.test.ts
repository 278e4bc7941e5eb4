import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO, runNpm } from './bdd-harness';

/** A case in the test-management markdown format, with one step group (actions, then expected lines). */
function caseFile(key: string, name: string, actions: string[], expected: string[]): string {
  const numbered = (lines: string[]) => lines.map((line, i) => `${i + 1}\\. ${line}`).join('\\\n');
  return `---
name: "${name}"
status: Active
priority: Normal
folder: Messaging
team_ownership:
- Channels
priority_p1_to_p4: P2 - Core Functions (Do core functions work?)
manual_test_environments:
- Webapp
key: ${key}
---

## ${key}: ${name}

**Step 1**

${numbered(actions)}

**Expected**

${numbered(expected)}
`;
}

describe('npm run reach on a tiny case folder', { timeout: 900_000 }, () => {
  let work: string;
  let run: Awaited<ReturnType<typeof runNpm>>;
  let summary: {
    cases: { key: string; outcome: string; line?: { text: string; markdown?: string } }[];
    twins: {
      byCase: { key: string; twins: { id: string; verdict: string; definition?: string }[] }[];
      unproven: string[];
    };
  };

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-reach-cli-'));
    const cases = path.join(work, 'cases', 'messaging');
    fs.mkdirSync(cases, { recursive: true });
    const post = ['Type `Reach probe` in center message box', 'Press Enter'];
    fs.writeFileSync(
      path.join(cases, 'MM-T9001.md'),
      caseFile('MM-T9001', 'Posts a message', post, ['Message `Reach probe` displays in center']),
    );
    fs.writeFileSync(
      path.join(cases, 'MM-T9002.md'),
      caseFile('MM-T9002', 'Undefined line', ['Frobnicate the quantum widget'], ['Everything works']),
    );
    fs.writeFileSync(
      path.join(cases, 'MM-T9003.md'),
      caseFile('MM-T9003', 'Lenient expectation', post, ['the lenient fixture swallows "anything at all"']),
    );
    fs.mkdirSync(path.join(work, 'baseline'));
    run = await runNpm('reach', [
      '--cases',
      path.join(work, 'cases'),
      '--require',
      path.join(REPO, 'tests', 'fixtures', 'reach-project', 'lenient.steps.ts'),
      '--baseline-dir',
      path.join(work, 'baseline'),
      '--update-baseline',
      '--summary',
      path.join(work, 'summary.json'),
    ]);
    summary = JSON.parse(fs.readFileSync(path.join(work, 'summary.json'), 'utf8'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('classifies a passing case and an undefined one with its first unbound markdown line', () => {
    const outcome = Object.fromEntries(summary.cases.map((c) => [c.key, c.outcome]));
    assert.deepEqual(
      outcome,
      { 'MM-T9001': 'passed', 'MM-T9002': 'undefined', 'MM-T9003': 'passed' },
      run.stderr,
    );
    const undefinedCase = summary.cases.find((c) => c.key === 'MM-T9002');
    assert.equal(undefinedCase?.line?.text, 'Frobnicate the quantum widget');
    assert.match(undefinedCase?.line?.markdown ?? '', /messaging\/MM-T9002\.md:18$/);
  });

  it('proves the real pass with its twins and catches the lenient step as a silent pass, naming it', () => {
    const twins = Object.fromEntries(summary.twins.byCase.map((c) => [c.key, c.twins]));
    const verdicts = (key: string) => Object.fromEntries(twins[key].map((t) => [t.id, t.verdict]));
    // The negation ("… does not display in center") is read by the assertion language, and fails as it must.
    assert.deepEqual(verdicts('MM-T9001'), {
      quote: 'proven',
      'negation-2': 'proven',
      'absence-1': 'proven',
    });
    const lenient = twins['MM-T9003'].find((t) => t.id === 'quote');
    assert.equal(lenient?.verdict, 'silent pass');
    assert.match(lenient?.definition ?? '', /tests\/fixtures\/reach-project\/lenient\.steps\.ts:5$/);
    assert.match(run.stdout, /SILENT PASS MM-T9003 quote .*lenient\.steps\.ts:5/);
    assert.match(run.stdout, /passes without its actions: MM-T9003 absence-1 .*WARNING: no "kept" note/);
    assert.equal(run.code, 1, 'a silent pass fails the run');
  });

  it('names the pass that none of its twins proves', () => {
    assert.deepEqual(summary.twins.unproven, ['MM-T9003']);
    assert.match(run.stdout, /UNPROVEN MM-T9003: no twin failed at a line it changed \(quote silent pass, /);
  });

  it('appends only the proven new pass to the baseline', () => {
    const written = JSON.parse(fs.readFileSync(path.join(work, 'baseline', 'new.json'), 'utf8'));
    assert.deepEqual(
      written.cases.map((c: { path: string }) => c.path),
      ['messaging/MM-T9001.md'],
    );
  });
});

describe('npm run reach with a wrong flag', () => {
  it('refuses a baseline sample without --baseline-only, saying what to add', async () => {
    const run = await runNpm('reach', ['--baseline-sample', '2']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--baseline-sample picks from the baseline lists: add --baseline-only/);
  });
});
