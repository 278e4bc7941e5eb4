import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useOwnServer, WORKER_URLS_VAR } from '../../support/launcher-handoff';
import { parallelOf } from './parallel';

describe('parallelOf', () => {
  it('reads --parallel N and --parallel=N among cucumber arguments', () => {
    assert.equal(parallelOf(['features/a.feature', '--parallel', '3']), 3);
    assert.equal(parallelOf(['--parallel=2', '--tags', '@x']), 2);
    assert.equal(parallelOf(['features/a.feature']), 1);
    assert.equal(parallelOf(['--parallel', 'many']), 1, 'cucumber names a bad value; one sandbox meanwhile');
  });
});

describe('useOwnServer', () => {
  const urls = 'http://127.0.0.1:1001,http://127.0.0.1:1002';
  it('gives each cucumber worker its own sandbox', () => {
    for (const [worker, url] of [
      ['0', 'http://127.0.0.1:1001'],
      ['1', 'http://127.0.0.1:1002'],
    ]) {
      const env: NodeJS.ProcessEnv = { BASE_URL: 'http://127.0.0.1:1001', [WORKER_URLS_VAR]: urls };
      const own: NodeJS.ProcessEnv = { ...env, CUCUMBER_WORKER_ID: worker };
      useOwnServer(own);
      assert.equal(own.BASE_URL, url);
    }
  });

  it('keeps BASE_URL outside parallel workers or without per-worker sandboxes', () => {
    const single: NodeJS.ProcessEnv = { BASE_URL: 'http://127.0.0.1:1001', [WORKER_URLS_VAR]: urls };
    useOwnServer(single);
    assert.equal(single.BASE_URL, 'http://127.0.0.1:1001');
    const external: NodeJS.ProcessEnv = { BASE_URL: 'https://mm.example.com', CUCUMBER_WORKER_ID: '1' };
    useOwnServer(external);
    assert.equal(external.BASE_URL, 'https://mm.example.com');
  });
});
