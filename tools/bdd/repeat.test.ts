import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRepeatArgs, scenarioDurations } from './repeat';

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

describe('scenarioDurations', () => {
  it('adds up hooks and steps of each scenario, in milliseconds', () => {
    const json = JSON.stringify([
      {
        elements: [
          { before: [{ result: { duration: 1e6 } }], steps: [{ result: { duration: 2e9 } }, { result: {} }] },
          { steps: [{ result: { duration: 5e8 } }], after: [{ result: { duration: 5e8 } }] },
        ],
      },
    ]);
    assert.deepEqual(scenarioDurations(json), [2001, 1000]);
  });
});
