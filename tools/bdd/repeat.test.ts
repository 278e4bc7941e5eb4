import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRepeatArgs } from './repeat';

describe('parseRepeatArgs', () => {
  it('takes --runs out and passes everything else to cucumber', () => {
    assert.deepEqual(parseRepeatArgs(['--tags', '@MM-T418']), {
      runs: 20,
      cucumberArgs: ['--tags', '@MM-T418'],
    });
    assert.deepEqual(parseRepeatArgs(['--runs', '3', 'features/a']), {
      runs: 3,
      cucumberArgs: ['features/a'],
    });
  });

  it('rejects a run count that is not a positive whole number', () => {
    assert.throws(() => parseRepeatArgs(['--runs', 'x']), /--runs needs a positive whole number, got "x"/);
    assert.throws(() => parseRepeatArgs(['--runs']), /got ""/);
  });
});
