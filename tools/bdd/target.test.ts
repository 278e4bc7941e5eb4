import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { credentialsFromSeed, externalTarget } from './target';

describe('credentialsFromSeed', () => {
  it('maps the first admin and the first two other users to the MM_* variables', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
    try {
      const seed = path.join(dir, 'seed.json');
      const users = [
        { username: 'boss', password: 'b', roles: 'system_admin system_user' },
        { username: 'ann', password: 'a', roles: 'system_user' },
        { username: 'bob', password: 'c' },
      ];
      writeFileSync(seed, JSON.stringify({ users }));
      assert.deepEqual(credentialsFromSeed(seed), {
        MM_USERNAME: 'ann',
        MM_PASSWORD: 'a',
        MM_OTHER_USERNAME: 'bob',
        MM_OTHER_PASSWORD: 'c',
        MM_ADMIN_USERNAME: 'boss',
        MM_ADMIN_PASSWORD: 'b',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('externalTarget', () => {
  it('names BASE_URL when the server does not answer', async () => {
    // A port that was just free: nothing listens on it.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    await assert.rejects(externalTarget(`http://127.0.0.1:${port}/`), (error: Error) => {
      assert.match(error.message, new RegExp(`BASE_URL=http://127.0.0.1:${port} is not reachable`));
      assert.match(error.message, /unset BASE_URL/);
      return true;
    });
  });
});
