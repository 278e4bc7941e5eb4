import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPhase, newPhase, percentile, timed } from './stats';

describe('load statistics', () => {
  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    assert.equal(percentile(values, 95), 95);
    assert.equal(percentile(values, 50), 50);
    assert.equal(percentile([7], 95), 7);
    assert.ok(Number.isNaN(percentile([], 95)));
  });

  it('records latencies of successes and messages of failures', async () => {
    const phase = newPhase('posts');
    assert.equal(await timed(phase, async () => 42), 42);
    assert.equal(
      await timed(phase, async () => {
        throw new Error('HTTP 500');
      }),
      undefined,
    );
    assert.equal(phase.latenciesMs.length, 1);
    assert.deepEqual(phase.errors, ['HTTP 500']);
    phase.count = 2;
    phase.wallMs = 1000;
    assert.match(formatPhase(phase), /posts +2 requests \| 1 errors \| 1\.00 s \| 2\.0\/s \| p50/);
  });
});
