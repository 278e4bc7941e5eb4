import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const REGISTER = path.join(__dirname, 'register.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-cache-test-'));
const cache = path.join(work, 'cache');
const source = path.join(work, 'module.ts');

/** Runs `node --require register.js module.ts` with the test's cache folder; returns its output. */
function run(): { stdout: string; stderr: string; status: number | null } {
  return spawnSync(process.execPath, ['--require', REGISTER, source], {
    env: { ...process.env, CASEBOOK_TS_CACHE: cache },
    encoding: 'utf8',
  });
}

const cached = () => fs.readdirSync(cache).filter((name) => name.endsWith('.js'));

describe('tools/ts-cache/register.js', () => {
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('runs TypeScript without type-checking it and keeps the output in the cache', () => {
    fs.writeFileSync(source, "const wrong: number = 'types are not checked';\nconsole.log(wrong);\n");
    const result = run();
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'types are not checked');
    assert.equal(cached().length, 1);
  });

  it('serves an unchanged file from the cache, and compiles a changed one again', () => {
    const [entry] = cached();
    fs.writeFileSync(path.join(cache, entry), "console.log('from the cache');\n");
    assert.equal(run().stdout.trim(), 'from the cache');
    fs.writeFileSync(source, "const changed: string = 'changed';\nconsole.log(changed);\n");
    assert.equal(run().stdout.trim(), 'changed');
    assert.equal(cached().length, 2);
  });

  it('points stack traces at the TypeScript line', () => {
    fs.writeFileSync(source, 'interface A {\n  a: number;\n}\n\nthrow new Error("boom " + (1 as number));\n');
    const result = run();
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, new RegExp(`${source.replace(/[.]/g, '\\.')}:5:`));
  });
});
