import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { durationIn, toMs } from './durations';

describe('durations', () => {
  it('reads the longest wait a sentence allows', () => {
    assert.equal(durationIn('Wait until you see a notification (may take up to a minute)'), 60_000);
    assert.equal(
      durationIn('Desktop notification is sent (may take up to 1 min) for session expiry'),
      60_000,
    );
    assert.equal(durationIn('wait 2 minutes, then within 30 seconds'), 120_000);
    assert.equal(durationIn('View the original tab'), undefined);
  });

  it('converts amounts and units', () => {
    assert.equal(toMs('a few', 'seconds'), 3_000);
    assert.equal(toMs('1.5', 'min'), 90_000);
    assert.throws(() => toMs('many', 'seconds'), /cannot read the duration/);
  });
});
