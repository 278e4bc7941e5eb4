import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isAlive, reapBrowsers } from './processes';

describe('reapBrowsers', () => {
  it('kills recorded processes that still run the browser binary, and leaves others alone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reap-'));
    // Stand-ins for a browser: `sleep` leading its own process group, as Playwright starts chromium.
    const browser = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    const other = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, String(browser.pid)), '');
      writeFileSync(path.join(dir, '999999'), '');
      assert.deepEqual(reapBrowsers(dir, '/usr/bin/sleep'), [browser.pid]);
      await new Promise((resolve) => browser.once('exit', resolve));
      assert.equal(isAlive(other.pid!), true);
      assert.deepEqual(reapBrowsers(dir, '/usr/lib/chromium/chromium'), []);
    } finally {
      other.kill('SIGKILL');
      browser.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
