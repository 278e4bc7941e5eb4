// `npm run generate` on hostile inputs: each bad file or folder is one `file:line: reason` line, the rest is
// generated, and nothing blocks or reads without bound.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { caseMarkdown } from '../../tools/case/testing';
import { TS_LOADER_ARGS } from '../../tools/ts-cache/loader';

const REPO = path.resolve(__dirname, '../..');
const CLI = path.join(REPO, 'tools/generate/cli.ts');

describe('npm run generate on bad inputs', () => {
  let work: string;
  let cases: string;
  let out: string;

  const generate = ({ unprivileged = false } = {}) => {
    // Killed after a while: a FIFO once blocked generate forever.
    const options = { cwd: work, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' } as const;
    const command = [process.execPath, ...TS_LOADER_ARGS, CLI, '--cases', 'cases', '--out', 'features'];
    // root reads every folder: a folder is unreadable only to another user.
    const asNobody = unprivileged && process.getuid?.() === 0;
    const [file, ...args] = asNobody
      ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command]
      : command;
    const result = spawnSync(file, args, options);
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

  it('reports an unreadable folder as unreadable input, generates the rest and keeps its features', () => {
    write('locked/MM-T3.md', good('MM-T3'));
    fs.chmodSync(work, 0o755);
    fs.mkdirSync(out, { mode: 0o777 });
    fs.chmodSync(out, 0o777);
    assert.equal(generate({ unprivileged: true }).status, 0);
    fs.chmodSync(path.join(cases, 'locked'), 0o000);
    fs.rmSync(path.join(out, '.casebook-cache.json'));
    const result = generate({ unprivileged: true });
    assert.equal(result.status, 1, `${result.stdout}\n${result.stderr}`);
    assert.match(result.stderr, /^cases\/locked:1: cannot read this folder of cases \(EACCES\)/m);
    assert.doesNotMatch(result.stderr, /cannot write|--out/);
    assert.ok(generated('ok/MM-T1.feature'));
    assert.ok(generated('locked/MM-T3.feature'), 'the features of the unreadable folder are kept');
  });

  it('names a FIFO and a link to /dev/zero as not regular files, without blocking or reading them', () => {
    write('odd/MM-T4.md', good('MM-T4'));
    spawnSync('mkfifo', [path.join(cases, 'odd/MM-T5.md')]);
    fs.symlinkSync('/dev/zero', path.join(cases, 'odd/MM-T6.md'));
    const result = generate();
    assert.equal(result.signal, null, 'generate was killed: it blocked');
    assert.equal(result.status, 1);
    for (const key of ['MM-T5', 'MM-T6']) {
      assert.match(result.stderr, new RegExp(`^cases/odd/${key}\\.md:1: not a regular file`, 'm'));
    }
    assert.ok(generated('odd/MM-T4.feature'));
  });

  it('refuses a case over 5 MB with a clear error', () => {
    write('big/MM-T7.md', `${good('MM-T7')}\n${'x'.repeat(6 * 1024 * 1024)}\n`);
    const result = generate();
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /^cases\/big\/MM-T7\.md:1: the file is 6\.0 MB, more than a case may be \(5 MB\)/m,
    );
    assert.ok(generated('ok/MM-T1.feature'));
  });

  it('converts a case of ~150,000 steps in one section instead of overflowing the stack', () => {
    const steps = Array.from({ length: 150_000 }, (_, index) => `${index + 1}. Click **Save ${index}**`);
    write('huge/MM-T8.md', caseMarkdown({ key: 'MM-T8', body: `**Step 1**\n\n${steps.join('\n')}` }));
    const result = generate();
    assert.equal(result.status, 0, result.stderr);
    assert.match(fs.readFileSync(path.join(out, 'huge/MM-T8.feature'), 'utf8'), /Click (\*\*)?Save 149999\b/);
  });

  it('notices a same-size edit whose mtime was restored (cp -p, tar x, rsync -a)', () => {
    assert.equal(generate().status, 0);
    const file = path.join(cases, 'ok/MM-T1.md');
    // The exact (nanosecond) mtime, restored as cp -p does: Node's utimes would round it to microseconds.
    const reference = path.join(work, 'mtime-reference');
    spawnSync('cp', ['-p', file, reference]);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Save', 'Send'));
    spawnSync('touch', ['-r', reference, file]);
    assert.equal(
      fs.statSync(file, { bigint: true }).mtimeNs,
      fs.statSync(reference, { bigint: true }).mtimeNs,
    );
    const result = generate();
    assert.equal(result.status, 0, result.stderr);
    assert.match(fs.readFileSync(path.join(out, 'ok/MM-T1.feature'), 'utf8'), /Send/);
  });

  it('removes cache temporaries left by a run killed while writing the cache', () => {
    assert.equal(generate().status, 0);
    const abandoned = path.join(out, '.casebook-cache.json.2147483646.tmp');
    fs.writeFileSync(abandoned, '{"half":');
    assert.equal(generate().status, 0);
    assert.equal(fs.existsSync(abandoned), false);
  });
});
