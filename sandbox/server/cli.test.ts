import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { TS_LOADER_ARGS } from '../../tools/ts-cache/loader';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'sandbox/server/cli.ts');
const children: ChildProcess[] = [];
const tempDir = mkdtempSync(path.join(tmpdir(), 'sandbox-cli-'));

after(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(tempDir, { recursive: true, force: true });
});

function run(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  // node itself (not npm, which relays signals through a shell) so SIGTERM reaches the sandbox's own handler
  // and the exit code is the sandbox's.
  const child = spawn(process.execPath, [...TS_LOADER_ARGS, CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm run sandbox', () => {
  it('prints its URL, serves requests and stops cleanly on SIGTERM', async () => {
    const cli = run(['--port', '0', '--seed', 'sandbox/seed/test.json', '--status-interval-ms', '500']);
    await waitFor(() => /Sandbox listening on http:\/\/127\.0\.0\.1:\d+/.test(cli.output()), 'the URL line');
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output())![1];
    const config = await (await fetch(`${url}/api/v4/config/client?format=old`)).json();
    assert.equal(config.StatusIntervalMs, '500');
    cli.child.kill('SIGTERM');
    assert.equal(await cli.exit, 0);
  });

  it('exits 2 on a bad flag value', async () => {
    const cli = run(['--port', 'abc']);
    assert.equal(await cli.exit, 2);
    assert.match(cli.output(), /--port.*expected an integer/s);
  });

  it('exits 2 naming the allowed password costs', async () => {
    const cli = run(['--password-cost', 'cheap']);
    assert.equal(await cli.exit, 2);
    assert.match(cli.output(), /--password-cost.*standard, fast/s);
  });

  it('exits 2 naming the file and field of an invalid seed', async () => {
    const seed = path.join(tempDir, 'bad.json');
    writeFileSync(
      seed,
      JSON.stringify({ users: [{ username: 'tester', email: 'tester@example.com' }], teams: [] }),
    );
    const cli = run(['--seed', seed]);
    assert.equal(await cli.exit, 2);
    assert.match(cli.output(), /bad\.json: users\[0\]\.password/);
  });

  it('exits 2 on an unreadable seed file', async () => {
    const cli = run(['--seed', path.join(tempDir, 'missing.json')]);
    assert.equal(await cli.exit, 2);
    assert.match(cli.output(), /missing\.json: cannot be read/);
  });
});
