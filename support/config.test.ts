import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordsTrace, traceModeOf } from './config';

describe('TRACE', () => {
  it('records on retries by default, every attempt with retain-on-failure, never with off', () => {
    assert.equal(traceModeOf({}), 'on-first-retry');
    assert.equal(traceModeOf({ TRACE: 'on-failure' }), 'retain-on-failure');
    assert.deepEqual(
      (['on-first-retry', 'retain-on-failure', 'off'] as const).map((mode) =>
        [0, 1].map((a) => recordsTrace(mode, a)),
      ),
      [
        [false, true],
        [true, true],
        [false, false],
      ],
    );
  });

  it('names the setting and its values when it is wrong', () => {
    assert.throws(
      () => traceModeOf({ TRACE: 'always' }),
      /TRACE=always is not one of on-first-retry, retain-on-failure, off/,
    );
  });
});
