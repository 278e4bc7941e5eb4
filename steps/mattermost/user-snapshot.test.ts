import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferenceChanges } from './user-snapshot';

const pref = (name: string, value: string) => ({ user_id: 'u1', category: 'display_settings', name, value });

describe('putting a test user’s preferences back', () => {
  it('writes back changed and deleted values and deletes new ones, leaving equal ones alone', () => {
    const before = [
      pref('use_military_time', 'false'),
      pref('collapsed_reply_threads', 'on'),
      pref('x', '1'),
    ];
    const now = [pref('use_military_time', 'true'), pref('x', '1'), pref('name_format', 'full_name')];
    const { put, removed } = preferenceChanges(before, now);
    assert.deepEqual(put, [pref('use_military_time', 'false'), pref('collapsed_reply_threads', 'on')]);
    assert.deepEqual(removed, [pref('name_format', 'full_name')]);
  });

  it('changes nothing when nothing changed', () => {
    const same = [pref('a', '1')];
    assert.deepEqual(preferenceChanges(same, [...same]), { put: [], removed: [] });
  });
});
