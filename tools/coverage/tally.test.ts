import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePhrase, Tally } from './tally';

describe('Tally', () => {
  it('counts bound, unbound and ambiguous lines per group, and fully bound cases', () => {
    const tally = new Tally();
    tally.add({
      groups: ['all', 'P1'],
      lines: [
        { kind: 'action', text: 'Click "Save"', matches: 1 },
        { kind: 'expected', text: 'Saved is shown', matches: 1 },
      ],
    });
    tally.add({
      groups: ['all', 'P2'],
      lines: [
        { kind: 'action', text: 'Click **Edit**.', matches: 0 },
        { kind: 'action', text: 'click "Cancel"', matches: 0 },
        { kind: 'expected', text: 'Both match', matches: 2 },
      ],
    });
    assert.deepEqual(tally.group('all'), {
      cases: 2,
      fullyBound: 1,
      action: { total: 3, bound: 1, ambiguous: 0 },
      expected: { total: 2, bound: 1, ambiguous: 1 },
    });
    assert.equal(tally.group('P1').fullyBound, 1);
    assert.deepEqual(tally.topUnbound(5), [['click "…"', 2]]);
  });
});

describe('normalizePhrase', () => {
  it('folds labels, numbers, case and final punctuation', () => {
    assert.equal(normalizePhrase('Wait 30 seconds.'), 'wait N seconds');
    assert.equal(normalizePhrase('Type “hello” in the box'), 'type "…" in the box');
    assert.equal(normalizePhrase("Go to user's profile"), "go to user's profile");
  });
});
