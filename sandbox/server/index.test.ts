import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { startSandbox } from './index';

const TEST_SEED = path.resolve(__dirname, '../seed/test.json');

async function login(url: string, loginId: string, password: string) {
  return fetch(`${url}/api/v4/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login_id: loginId, password }),
  });
}

describe('startSandbox', () => {
  it('serves the seeded users on a free 127.0.0.1 port and logs them in', async () => {
    const sandbox = await startSandbox({ seedFile: TEST_SEED });
    try {
      assert.match(sandbox.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const ping = await fetch(`${sandbox.url}/api/v4/system/ping`);
      assert.equal(ping.status, 200);
      assert.equal((await ping.json()).status, 'OK');
      for (const [name, password] of [
        ['sysadmin', 'Sys@dmin-sample1'],
        ['user-1', 'SampleUs@r-1'],
        ['user-2', 'SampleUs@r-2'],
      ]) {
        const response = await login(sandbox.url, name, password);
        assert.equal(response.status, 200, `${name} logs in`);
        assert.equal((await response.json()).username, name);
      }
      const page = await fetch(`${sandbox.url}/login`);
      assert.match(await page.text(), /Log in to your account/);
    } finally {
      await sandbox.close();
    }
  });

  it('keeps a given database file across restarts and does not seed it twice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-test-'));
    const dbFile = path.join(dir, 'kept.db');
    try {
      const first = await startSandbox({ seedFile: TEST_SEED, dbFile });
      await first.close();
      const second = await startSandbox({ seedFile: TEST_SEED, dbFile });
      try {
        assert.equal((await login(second.url, 'user-1', 'SampleUs@r-1')).status, 200);
      } finally {
        await second.close();
      }
      assert.ok(existsSync(dbFile), 'the caller-owned database file stays');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses siteName in the client config and the login page title source', async () => {
    const sandbox = await startSandbox({
      seedFile: TEST_SEED,
      siteName: 'Casebook Chat',
      statusIntervalMs: 1234,
    });
    try {
      const config = await (await fetch(`${sandbox.url}/api/v4/config/client?format=old`)).json();
      assert.equal(config.SiteName, 'Casebook Chat');
      assert.equal(config.StatusIntervalMs, '1234');
    } finally {
      await sandbox.close();
    }
  });

  it('rejects an invalid seed file with a message naming the file and field', async () => {
    await assert.rejects(
      startSandbox({ seedFile: path.join(tmpdir(), 'no-such-seed.json') }),
      /no-such-seed\.json: cannot be read/,
    );
  });
});
