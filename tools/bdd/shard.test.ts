import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resultsDirOf, shardOf } from './shard';

describe('shardOf', () => {
  it('reads --shard INDEX/TOTAL in both spellings', () => {
    assert.deepEqual(shardOf(['features', '--shard', '2/3']), { index: 2, total: 3 });
    assert.deepEqual(shardOf(['--shard=1/4', '--parallel', '2']), { index: 1, total: 4 });
  });

  it('is undefined without --shard', () => {
    assert.equal(shardOf(['--parallel', '2']), undefined);
  });

  it('names the expected form when the value is wrong', () => {
    assert.throws(() => shardOf(['--shard', 'two']), /INDEX\/TOTAL.*"two"/);
    assert.throws(() => shardOf(['--shard']), /INDEX\/TOTAL/);
    assert.throws(() => shardOf(['--shard', '5/4']), /between 1 and TOTAL/);
  });
});

describe('resultsDirOf', () => {
  it('gives each shard a folder of its own inside the reports folder', () => {
    assert.equal(resultsDirOf('/r', { index: 2, total: 4 }), path.join('/r', 'shard-2-of-4'));
    assert.equal(resultsDirOf('/r', undefined), '/r');
  });
});
