import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ID_PATTERN, newId } from './ids';

describe('newId', () => {
  it('makes 26-character Mattermost ids that do not repeat', () => {
    const ids = new Set(Array.from({ length: 2000 }, newId));
    assert.equal(ids.size, 2000);
    for (const id of ids) assert.match(id, ID_PATTERN);
  });
});
