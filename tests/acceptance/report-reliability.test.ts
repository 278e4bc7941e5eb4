// `npm run report` never deletes what casebook did not write, and names the file and line of results it cannot use.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { TS_LOADER_ARGS } from '../../tools/ts-cache/loader';
import { fixtureDir, repoRoot, runFixture, tempDir } from './report-fixture';

const work = tempDir('report-reliability');
after(() => fs.rmSync(work, { recursive: true, force: true }));

function report(resultsDir: string, outDir: string) {
  const args = [...TS_LOADER_ARGS, 'tools/report/cli.ts', '--results', resultsDir, '--out', outDir];
  const result = spawnSync(process.execPath, [...args, '--cases-root', fixtureDir], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run report --out', () => {
  const results = path.join(work, 'results');
  runFixture(results, ['--retry', '1']);

  it('refuses a folder holding files casebook did not write, and leaves them in place', () => {
    const cases = path.join(work, 'cases');
    fs.mkdirSync(path.join(cases, 'suite'), { recursive: true });
    fs.writeFileSync(path.join(cases, 'suite/MM-T1.md'), '---\nkey: MM-T1\n---\n');
    const { status, stderr } = report(results, cases);
    assert.equal(status, 1);
    assert.match(stderr, /--out .*cases already holds files casebook did not write .*new or empty folder/);
    assert.deepEqual(fs.readdirSync(cases), ['suite']);
    assert.ok(fs.existsSync(path.join(cases, 'suite/MM-T1.md')));
  });

  it('refuses an existing file', () => {
    const notes = path.join(work, 'notes.txt');
    fs.writeFileSync(notes, 'my notes');
    const { status, stderr } = report(results, notes);
    assert.equal(status, 1);
    assert.match(stderr, /--out .*notes\.txt is a file, not a report folder/);
    assert.equal(fs.readFileSync(notes, 'utf8'), 'my notes');
  });

  it('replaces its own previous report, which it marks, and a report written before the marker', () => {
    const html = path.join(work, 'html');
    assert.equal(report(results, html).status, 0);
    assert.ok(fs.existsSync(path.join(html, '.casebook-report')));
    assert.equal(report(results, html).status, 0);
    fs.rmSync(path.join(html, '.casebook-report'));
    const second = report(results, html);
    assert.equal(second.status, 0, second.stderr);
    fs.writeFileSync(path.join(html, 'mine.txt'), 'x');
    fs.rmSync(path.join(html, '.casebook-report'));
    assert.equal(report(results, html).status, 1);
    assert.ok(fs.existsSync(path.join(html, 'mine.txt')));
  });
});

describe('npm run report on messages of the wrong shape', () => {
  const cases = [
    {
      name: 'a JSON array',
      lines: ['{"meta":{}}', '[1,2]'],
      line: 2,
      says: /not a Cucumber message \(a JSON array/,
    },
    {
      name: 'an unknown object',
      lines: ['{"meta":{}}', '{"hello":"world"}'],
      line: 2,
      says: /not a Cucumber message/,
    },
    {
      name: 'a pickle without its fields',
      lines: [
        '{"meta":{}}',
        '{"source":{"uri":"a.feature","data":"","mediaType":"text/x.cucumber.gherkin+plain"}}',
        '{"pickle":{"id":"1"}}',
      ],
      line: 3,
      says: /a "pickle" message of the wrong shape/,
    },
  ];
  for (const { name, lines, line, says } of cases) {
    it(`names the file and line of ${name}`, () => {
      const results = path.join(work, `wrong-${name.replace(/\W+/g, '-')}`);
      fs.mkdirSync(results);
      fs.writeFileSync(path.join(results, 'messages.ndjson'), `${lines.join('\n')}\n`);
      const { status, stderr } = report(results, path.join(work, 'html-wrong'));
      assert.equal(status, 1);
      assert.match(stderr, new RegExp(`messages\\.ndjson:${line}: `));
      assert.match(stderr, says);
      assert.doesNotMatch(stderr, /Cannot read properties/);
    });
  }
});
