import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { WORKER_URLS_VAR } from '../../support/launcher-handoff';
import { credentialsFromSeed, externalTarget, sandboxTarget } from './target';

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

describe('sandboxTarget with one sandbox per worker', () => {
  it('gives every worker a server of its own: a change on one is not seen on the other', async () => {
    const target = await sandboxTarget(path.resolve(__dirname, '..', '..'), 2);
    try {
      const urls = target.env[WORKER_URLS_VAR].split(',');
      assert.equal(urls.length, 2);
      assert.notEqual(urls[0], urls[1]);
      assert.equal(target.env.BASE_URL, urls[0]);
      const login = async (url: string) => {
        const response = await fetch(`${url}/api/v4/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ login_id: target.env.MM_USERNAME, password: target.env.MM_PASSWORD }),
        });
        assert.equal(response.status, 200);
        return {
          Authorization: `Bearer ${response.headers.get('token')}`,
          'Content-Type': 'application/json',
        };
      };
      const nicknameOn = async (url: string) => {
        const me = await fetch(`${url}/api/v4/users/me`, { headers: await login(url) });
        return ((await me.json()) as { nickname: string }).nickname;
      };
      const before = await nicknameOn(urls[1]);
      const patched = await fetch(`${urls[0]}/api/v4/users/me/patch`, {
        method: 'PUT',
        headers: await login(urls[0]),
        body: JSON.stringify({ nickname: 'changed by worker 0' }),
      });
      assert.equal(patched.status, 200);
      assert.equal(await nicknameOn(urls[0]), 'changed by worker 0');
      assert.equal(await nicknameOn(urls[1]), before);
    } finally {
      await target.close();
    }
  });
});
