import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimBatch, LARGEST_BATCH, NEXT } from './claims';

function claimAll(total: number, threads: number): { start: number; end: number }[] {
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const batches: { start: number; end: number }[] = [];
  for (;;) {
    const batch = claimBatch(counters, total, threads);
    if (!batch) return batches;
    batches.push(batch);
  }
}

describe('claimBatch', () => {
  it('hands out every position once, in order, in batches that shrink towards the end', () => {
    const batches = claimAll(3509, 2);
    assert.equal(batches[0].start, 0);
    assert.equal(batches.at(-1)?.end, 3509);
    for (const [index, batch] of batches.slice(1).entries()) assert.equal(batch.start, batches[index].end);
    const sizes = batches.map((batch) => batch.end - batch.start);
    assert.equal(sizes[0], LARGEST_BATCH);
    assert.ok(sizes.every((size, index) => index === 0 || size <= sizes[index - 1]));
    // The last batches are small, so no thread is left converting long after the others.
    assert.ok(sizes.slice(-4).every((size) => size <= 16));
  });

  it('hands a small job out whole and an empty one not at all', () => {
    assert.deepEqual(claimAll(10, 2), [{ start: 0, end: 10 }]);
    assert.deepEqual(claimAll(0, 2), []);
  });

  it('starts where the other threads left off, and stops once they have claimed everything', () => {
    const counters = new Int32Array(new SharedArrayBuffer(8));
    Atomics.store(counters, NEXT, 500);
    assert.equal(claimBatch(counters, 3509, 2)?.start, 500);
    Atomics.store(counters, NEXT, 3509);
    assert.equal(claimBatch(counters, 3509, 2), undefined);
  });
});
